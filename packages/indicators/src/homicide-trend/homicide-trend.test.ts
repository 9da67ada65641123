import { pathText } from '../issues.js';
import { describe, expect, it } from 'vitest';
import { inputErrorOf, issuesOf } from '../internal/test-helpers.js';
import { handSeries, monthlyRows } from './fixtures.js';
import { homicideTrend } from './homicide-trend.js';

describe('homicideTrend on a hand-computed series', () => {
  const trend = homicideTrend(handSeries(), { asOf: '2017-04', method: 'seasonal' });

  it.each([
    // 2017: 150 + 140 + 160 + 150 = 600; 2016: 100 + 120 + 110 + 130 = 460; +30.43%
    [
      'ytd',
      'January-April with the same months a year earlier',
      { months: 4, from: '2017-01', to: '2017-04', current: 600, previous: 460 },
      (600 / 460 - 1) * 100,
    ],
    // May 2016-Apr 2017: 8 x 120 + 600 = 1,560; May 2015-Apr 2016: 8 x 110 + 460 = 1,340; +16.42%
    [
      'rolling12',
      'the 12 months to April with the 12 before',
      { months: 12, from: '2016-05', to: '2017-04', current: 1560, previous: 1340 },
      (1560 / 1340 - 1) * 100,
    ],
  ] as const)('%s compares %s', (comparison, _, expected, changePct) => {
    expect(trend[comparison]).toMatchObject(expected);
    expect(trend[comparison]!.changePct).toBeCloseTo(changePct, 10);
  });

  it('projects with the January-April share of the three earlier years', () => {
    // share = (400 + 440 + 460) / (1,200 + 1,320 + 1,420) = 1,300 / 3,940
    const value = 600 / (1300 / 3940);
    expect(trend.projection!.value).toBeCloseTo(value, 8);
    expect(trend.projection!.referenceYears).toEqual([2014, 2015, 2016]);
    // backtest before 2017: 2014 has no earlier year; 2015 from 2014: 440 / (400/1200) = 1,320 = actual;
    // 2016 from 2014-15: 460 / (840/2520) = 1,380 against 1,420
    expect(trend.projection!.backtest.years).toEqual([2015, 2016]);
    expect(trend.projection!.backtest.mape).toBeCloseTo((0 + (40 / 1420) * 100) / 2, 10);
    // two past errors are too few for an interval
    expect(trend.projection).toMatchObject({ low: null, high: null });
    expect(trend.projection!.reason).toContain('at least 4 earlier years');
  });

  it('finds the record and how likely the projection beats it', () => {
    expect(trend.record).toEqual({ year: 2016, value: 1420, since: 2014 });
    const exceeds = trend.exceedsRecord!;
    // both past errors put the year above 1,420: (2 + 1) / (2 + 2)
    expect(exceeds.backtestYears).toBe(2);
    expect(exceeds.backtestYearsAbove).toBe(2);
    expect(exceeds.probability).toBeCloseTo(3 / 4, 12);
    expect(exceeds.alreadyExceeded).toBe(false);
    expect(exceeds.neededRestOfYear).toBe(1421 - 600);
    expect(exceeds.neededVsExpectedPct).toBeCloseTo((821 / (600 / (1300 / 3940) - 600)) * 100, 8);
  });

  it('lists the complete years with their provenance', () => {
    expect(trend.annual.map((row) => [row.year, row.count, row.basis])).toEqual([
      [2014, 1200, 'monthly-sum'],
      [2015, 1320, 'monthly-sum'],
      [2016, 1420, 'monthly-sum'],
    ]);
    expect(trend).toMatchObject({
      series: 'test-series',
      region: 'MX',
      asOf: '2017-04',
      vintage: null,
      method: 'seasonal',
      sourceIds: ['TEST_SOURCE'],
      vintagesUsed: ['2018-01-01'],
      unavailable: {},
    });
  });

  it('projects by run rate: year to date x 12 / months', () => {
    const runRate = homicideTrend(handSeries(), { asOf: '2017-04', method: 'run-rate' });
    expect(runRate.projection!.value).toBe((600 * 12) / 4);
    expect(runRate.projection!.referenceYears).toEqual([]);
    // 2014: 400 x 3 = 1,200 (exact); 2015: 440 x 3 = 1,320 (exact); 2016: 460 x 3 = 1,380 vs 1,420
    expect(runRate.projection!.backtest.years).toEqual([2014, 2015, 2016]);
  });

  it('takes the interval from the past errors once there are four years of them', () => {
    // January-April is 100 a month every year (400); May-December is x a month:
    // 2010: x = 100 -> 1,200; 2011: 110 -> 1,280; 2012: 90 -> 1,120; 2013: 125 -> 1,400.
    // 2014: January-April 150 a month (600). Run rate projects every year as 400 x 3 = 1,200.
    const rows = [
      ...monthlyRows(2010, [100, 100, 100, 100, ...Array(8).fill(100)]),
      ...monthlyRows(2011, [100, 100, 100, 100, ...Array(8).fill(110)]),
      ...monthlyRows(2012, [100, 100, 100, 100, ...Array(8).fill(90)]),
      ...monthlyRows(2013, [100, 100, 100, 100, ...Array(8).fill(125)]),
      ...monthlyRows(2014, [150, 150, 150, 150]),
    ];
    const trend = homicideTrend(rows, { asOf: '2014-04', method: 'run-rate' });
    expect(trend.projection!.value).toBe(1800); // 600 x 3
    // actual / projected: 1,200/1,200, 1,280/1,200, 1,120/1,200, 1,400/1,200
    expect(trend.projection!.low).toBeCloseTo(1800 * (1120 / 1200), 9); // 1,680
    expect(trend.projection!.high).toBeCloseTo(1800 * (1400 / 1200), 9); // 2,100
    // errors: 0, (1,200 - 1,280)/1,280, (1,200 - 1,120)/1,120, (1,200 - 1,400)/1,400
    const mape = ((0 + 80 / 1280 + 80 / 1120 + 200 / 1400) / 4) * 100;
    expect(trend.projection!.backtest.mape).toBeCloseTo(mape, 10);
    // record 2013 (1,400); every scenario (1,680 to 2,100) beats it: (4 + 1) / (4 + 2)
    expect(trend.record).toEqual({ year: 2013, value: 1400, since: 2010 });
    expect(trend.exceedsRecord!.probability).toBeCloseTo(5 / 6, 12);
  });

  it('uses fewer seasonal years when asked', () => {
    const one = homicideTrend(handSeries(), { asOf: '2017-04', seasonalYears: 1 });
    // 2016 alone: 1,420 x 600 / 460
    expect(one.projection!.value).toBeCloseTo((1420 * 600) / 460, 8);
  });

  it('gives a rate per 100,000 where the population is known', () => {
    const rows = [
      ...monthlyRows(2015, Array(12).fill(10), { population: 1_000_000 }),
      ...monthlyRows(2016, Array(12).fill(20), { population: 2_000_000 }),
    ];
    const trend2 = homicideTrend(rows, { asOf: '2016-12' });
    // 120 / 1,000,000 x 100,000 = 12; 240 / 2,000,000 x 100,000 = 12
    expect(trend2.annual.map((row) => [row.year, row.population, row.ratePer100k])).toEqual([
      [2015, 1_000_000, 12],
      [2016, 2_000_000, 12],
    ]);
    // asOf December: the projection is the year itself
    expect(trend2.projection!.value).toBe(240);
  });
});

describe('homicideTrend releases (vintages)', () => {
  const rows = [
    ...monthlyRows(2016, [10, 10], { vintage: '2017-02-20' }),
    ...monthlyRows(2017, [15, 12], { vintage: '2017-02-20' }),
    ...monthlyRows(2016, [10, 11], { vintage: '2017-03-20', sourceId: 'LATER' }),
    ...monthlyRows(2017, [16, 13], { vintage: '2017-03-20', sourceId: 'LATER' }),
  ];

  it('takes the latest release of every month by default', () => {
    const trend = homicideTrend(rows, { asOf: '2017-02' });
    // 16 + 13 = 29 vs 10 + 11 = 21
    expect(trend.ytd).toMatchObject({ current: 29, previous: 21 });
    expect(trend.vintagesUsed).toEqual(['2017-03-20']);
  });

  it('takes the latest release on or before `vintage`', () => {
    const trend = homicideTrend(rows, { asOf: '2017-02', vintage: '2017-03-01' });
    // 15 + 12 = 27 vs 10 + 10 = 20
    expect(trend.ytd).toMatchObject({ current: 27, previous: 20 });
    expect(trend.ytd!.changePct).toBeCloseTo(35, 10);
    expect(trend).toMatchObject({
      vintage: '2017-03-01',
      vintagesUsed: ['2017-02-20'],
      sourceIds: ['TEST_SOURCE'],
    });
    expect(homicideTrend(rows, { asOf: '2017-02', vintage: '2017-03-20' }).ytd!.current).toBe(29);
  });

  it('says when asOf is outside the data of the chosen release', () => {
    const releases = [
      ...monthlyRows(2016, Array(12).fill(10), { vintage: '2017-02-20' }),
      ...monthlyRows(2017, [12], { vintage: '2017-02-20' }),
      ...monthlyRows(2017, [12, 14], { vintage: '2017-03-20' }),
    ];
    const issue = issuesOf(() =>
      homicideTrend(releases, { asOf: '2017-02', vintage: '2017-02-28' }),
    )[0]!;
    expect(issue).toMatchObject({ path: ['asOf'], value: '2017-02' });
    expect(issue.reason).toContain(
      'has months 2016-01 to 2017-01 in the releases up to 2017-02-28',
    );
  });

  it('rejects a vintage before the first release', () => {
    const issues = issuesOf(() => homicideTrend(rows, { asOf: '2017-02', vintage: '2017-01-31' }));
    expect(issues[0]).toMatchObject({ path: ['vintage'], value: '2017-01-31' });
    expect(issues[0]!.reason).toContain('earliest is 2017-02-20');
  });
});

describe('homicideTrend on annual rows', () => {
  // INEGI registrations (FACTS.md table 1)
  const rows = [
    [2009, 19803],
    [2010, 25757],
    [2011, 27213],
    [2012, 25967],
  ].map(([year, count]) => ({
    seriesId: 'inegi-registration-annual',
    region: 'MX',
    year: year!,
    count: count!,
    population: 100_000_000,
    sourceId: 'INEGI',
    vintage: '2017-10-30',
  }));

  it('gives the record and the annual series, and says why the rest is missing', () => {
    const trend = homicideTrend(rows, { asOf: '2013-04' });
    // the rows start in 2009: the record is the highest since then
    expect(trend.record).toEqual({ year: 2011, value: 27213, since: 2009 });
    expect(trend.annual).toHaveLength(4);
    expect(trend.annual[2]!.ratePer100k).toBeCloseTo((27213 / 100_000_000) * 100_000, 10);
    expect(trend.ytd).toBeNull();
    expect(trend.projection).toBeNull();
    expect(trend.unavailable.ytd).toContain('annual rows only');
  });

  it('only counts years that ended by asOf', () => {
    const trend = homicideTrend(rows, { asOf: '2011-12' });
    expect(trend.annual.map((row) => row.year)).toEqual([2009, 2010, 2011]);
    expect(trend.record).toEqual({ year: 2010, value: 25757, since: 2009 });
  });

  it('rejects asOf more than a year after the data', () => {
    const issues = issuesOf(() => homicideTrend(rows, { asOf: '2014-01' }));
    expect(issues[0]).toMatchObject({ path: ['asOf'], value: '2014-01' });
  });
});

describe('homicideTrend edge cases', () => {
  it('gives changePct null with a reason when the previous period is 0', () => {
    const rows = [...monthlyRows(2015, Array(12).fill(0)), ...monthlyRows(2016, [3])];
    const trend = homicideTrend(rows, { asOf: '2016-01' });
    expect(trend.ytd).toMatchObject({ current: 3, previous: 0, changePct: null });
    expect(trend.ytd!.reason).toContain('previous period is 0');
    // seasonal share over 2015 is 0 / 0: no projection
    expect(trend.projection).toBeNull();
    expect(trend.unavailable.projection).toContain('share is 0');
  });

  it('leaves rolling12 out when a month before the YTD window is missing', () => {
    const rows = [...monthlyRows(2016, [1, 2, 3]), ...monthlyRows(2017, [4, 5, 6])];
    const trend = homicideTrend(rows, { asOf: '2017-03' });
    expect(trend.ytd).toMatchObject({ current: 15, previous: 6 });
    expect(trend.rolling12).toBeNull();
    expect(trend.unavailable.rolling12).toContain('missing');
    expect(trend.record).toBeNull();
  });
});

describe('homicideTrend input errors', () => {
  it('rejects empty input', () => {
    expect(issuesOf(() => homicideTrend([], { asOf: '2017-04' }))[0]).toMatchObject({
      path: ['observations'],
      reason: 'empty input: at least one row is needed',
    });
  });

  it('lists every bad field of every row with its value', () => {
    const rows = handSeries();
    rows[3] = { ...rows[3]!, count: -5 };
    rows[7] = { ...rows[7]!, region: 'Mexico', month: 13 };
    const issues = issuesOf(() =>
      homicideTrend(rows, { asOf: '2017-4', method: 'linear' as never }),
    );
    const byField = Object.fromEntries(issues.map((issue) => [pathText(issue.path), issue]));
    expect(byField['asOf']!.value).toBe('2017-4');
    expect(byField['method']!.value).toBe('linear');
    expect(byField['observations[3].count']).toMatchObject({
      value: -5,
      reason: 'count must not be negative',
    });
    expect(byField['observations[7].region']!.value).toBe('Mexico');
    expect(byField['observations[7].month']).toMatchObject({
      value: 13,
      reason: 'month must be 1-12',
    });
  });

  it('stops at 100 issues on a broken file and says their number is a lower bound', () => {
    // 500 months with a negative count, each valid otherwise: one issue a row
    const [first] = handSeries();
    const broken = Array.from({ length: 500 }, (_, i) => ({
      ...first!,
      year: 1950 + Math.floor(i / 12),
      month: (i % 12) + 1,
      count: -1,
    }));
    const error = inputErrorOf(() => homicideTrend(broken, { asOf: '2017-04' }));
    expect(error.issues).toHaveLength(100);
    expect(error.issues.every((issue) => issue.reason === 'count must not be negative')).toBe(true);
    expect(error.incomplete).toBe(true);
    expect(error.message).toContain('invalid input (at least 100 issues)');
  });

  it('gives an exact count below 100 issues', () => {
    const rows = handSeries();
    rows[3] = { ...rows[3]!, count: -5 };
    rows[4] = { ...rows[4]!, count: -6 };
    const error = inputErrorOf(() => homicideTrend(rows, { asOf: '2017-04' }));
    expect(error.incomplete).toBe(false);
    expect(error.message).toContain('invalid input (2 issues)');
  });

  it('names the unknown series and region and what is there instead', () => {
    const seriesIssue = issuesOf(() =>
      homicideTrend(handSeries(), { series: 'nope', asOf: '2017-04' }),
    )[0]!;
    expect(seriesIssue).toMatchObject({ path: ['series'], value: 'nope' });
    expect(seriesIssue.reason).toContain('test-series');
    const regionIssue = issuesOf(() =>
      homicideTrend(handSeries(), { region: 'MX-CHH', asOf: '2017-04' }),
    )[0]!;
    expect(regionIssue).toMatchObject({ path: ['region'], value: 'MX-CHH' });
    expect(regionIssue.reason).toContain('regions present: MX');
  });

  it('asks for a series when the rows hold several', () => {
    const rows = [...handSeries(), ...monthlyRows(2017, [1], { seriesId: 'other' })];
    const issue = issuesOf(() => homicideTrend(rows, { asOf: '2017-04' }))[0]!;
    expect(pathText(issue.path)).toBe('series');
    expect(issue.reason).toContain('2 series (other, test-series)');
  });

  it('rejects asOf outside the data', () => {
    for (const asOf of ['2013-12', '2017-05']) {
      const issue = issuesOf(() => homicideTrend(handSeries(), { asOf }))[0]!;
      expect(issue).toMatchObject({ path: ['asOf'], value: asOf });
      expect(issue.reason).toContain('2014-01 to 2017-04');
    }
  });

  it('lists each month missing inside the YTD window', () => {
    const rows = handSeries().filter(
      (row) => !(row.year === 2016 && row.month === 2) && !(row.year === 2017 && row.month === 3),
    );
    const issues = issuesOf(() => homicideTrend(rows, { asOf: '2017-04' }));
    expect(issues.map((issue) => issue.value)).toEqual(['2016-02', '2017-03']);
    expect(issues[0]!.reason).toContain('gap');
  });

  it('says when the year-to-date comparison needs months before the series starts', () => {
    const issues = issuesOf(() => homicideTrend(handSeries(), { asOf: '2014-02' }));
    expect(issues.map((issue) => issue.value)).toEqual(['2013-01', '2013-02']);
    expect(issues[0]!.reason).toContain('before test-series (MX) starts in 2014-01');
  });

  it('rejects two rows for the same period and release', () => {
    const rows = [...handSeries(), ...monthlyRows(2017, [151])];
    const issue = issuesOf(() => homicideTrend(rows, { asOf: '2017-04' }))[0]!;
    expect(issue.reason).toContain('duplicate');
    expect(issue.value).toMatchObject({ period: '2017-01' });
    // the duplicate is the last row; the row it repeats is January 2017 of the hand series
    const firstIndex = rows.findIndex((row) => row.year === 2017 && row.month === 1);
    expect(issue).toMatchObject({
      path: ['observations', rows.length - 1],
      code: 'duplicate-row',
      params: { firstIndex },
    });
  });
});

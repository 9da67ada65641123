/**
 * The published figures of packages/data/raw/homicides/FACTS.md, recomputed from @usmx/data.
 * Every expected value below is copied from FACTS.md (not from this package's output).
 */
import { loadHomicideObservations } from '@usmx/data';
import type { HomicideObservation } from '@usmx/data/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { backtestProjection } from './backtest-projection.js';
import { homicideTrend } from './homicide-trend.js';

const series: Record<string, HomicideObservation[]> = {};
beforeAll(async () => {
  for (const id of [
    'inegi-registration-monthly',
    'inegi-registration-annual',
    'inegi-occurrence-monthly',
    'sesnsp-1997-incidents-hd',
    'sesnsp-1997-incidents-all',
    'sesnsp-1997-victims-hd',
    'sesnsp-2015-victims-hd',
    'sesnsp-2015-incidents-hd',
  ]) {
    series[id] = await loadHomicideObservations(id, 'national');
  }
});

/** A percentage rounded as FACTS.md prints it (one decimal). */
const oneDecimal = (value: number | null | undefined) => Number(value!.toFixed(1));

describe('FACTS.md section 3: year to date 2017 vs 2016 (SESNSP, national)', () => {
  it.each([
    // series, asOf, vintage, current, previous, published change
    ['sesnsp-1997-victims-hd', '2017-03', '2017-04-21', 6511, 4896, 33.0],
    ['sesnsp-1997-victims-hd', '2017-03', '2017-05-20', 6521, 4896, 33.2],
    ['sesnsp-1997-victims-hd', '2017-04', '2017-05-20', 8705, 6591, 32.1],
    ['sesnsp-1997-victims-hd', '2017-03', '2017-12-24', 6522, 4894, 33.3],
    ['sesnsp-1997-victims-hd', '2017-04', '2017-12-24', 8718, 6589, 32.3],
    ['sesnsp-1997-incidents-hd', '2017-03', undefined, 5782, 4408, 31.2],
    ['sesnsp-1997-incidents-hd', '2017-04', undefined, 7740, 5920, 30.7],
    ['sesnsp-1997-incidents-all', '2017-03', undefined, 9836, 8149, 20.7],
    ['sesnsp-1997-incidents-all', '2017-04', undefined, 13256, 10889, 21.7],
    ['sesnsp-2015-victims-hd', '2017-03', undefined, 6415, 4829, 32.8],
    ['sesnsp-2015-victims-hd', '2017-04', undefined, 8599, 6478, 32.7],
    ['sesnsp-2015-incidents-hd', '2017-03', undefined, 5697, 4362, 30.6],
    ['sesnsp-2015-incidents-hd', '2017-04', undefined, 7636, 5836, 30.8],
  ] as const)(
    '%s to %s, release %s: %i / %i = %f%%',
    (id, asOf, vintage, current, previous, change) => {
      const trend = homicideTrend(series[id]!, { asOf, vintage });
      expect(trend.ytd).toMatchObject({ current, previous });
      expect(oneDecimal(trend.ytd!.changePct)).toBe(change);
      expect(trend.vintage).toBe(vintage ?? null);
      expect(trend.sourceIds.length).toBeGreaterThan(0);
    },
  );

  it('full year 2017 vs 2016, old-method case files: 25,316 / 20,547 = +23.2%', () => {
    const trend = homicideTrend(series['sesnsp-1997-incidents-hd']!, { asOf: '2017-12' });
    expect(trend.ytd).toMatchObject({ current: 25316, previous: 20547 });
    expect(oneDecimal(trend.ytd!.changePct)).toBe(23.2);
  });
});

describe('FACTS.md section 3: projection as of mid-May 2017 (2016 total x YTD ratio)', () => {
  it('victims, May-2017 release: 22,967 x 8,705 / 6,591 = about 30,333', () => {
    const trend = homicideTrend(series['sesnsp-1997-victims-hd']!, {
      asOf: '2017-04',
      vintage: '2017-05-20',
      method: 'seasonal',
      seasonalYears: 1,
    });
    expect(Math.round(trend.projection!.value)).toBe(30333);
    expect(trend.projection!.referenceYears).toEqual([2016]);
    // the victims series starts in 2014 (SESNSP published victims from 2014): its record before
    // 2017 is 2016, not 2011, and only the highest since 2014
    expect(trend.record).toEqual({ year: 2016, value: 22967, since: 2014 });
  });

  it('case files: 20,547 x 7,740 / 5,920 = about 26,864, above the 2011 record of 22,409', () => {
    const trend = homicideTrend(series['sesnsp-1997-incidents-hd']!, {
      asOf: '2017-04',
      method: 'seasonal',
      seasonalYears: 1,
    });
    expect(Math.round(trend.projection!.value)).toBe(26864);
    expect(trend.record).toEqual({ year: 2011, value: 22409, since: 1997 }); // case files from 1997
    expect(trend.exceedsRecord!.projection).toBeGreaterThan(22409);
    // the actual 2017 figure, 25,316, lies inside the interval from past errors
    expect(trend.projection!.low!).toBeLessThan(25316);
    expect(trend.projection!.high!).toBeGreaterThan(25316);
  });
});

describe('FACTS.md: records before 2017', () => {
  it('SESNSP old-method case files: 2011, 22,409; next 2012 (21,459) and 2016 (20,547)', () => {
    const trend = homicideTrend(series['sesnsp-1997-incidents-hd']!, { asOf: '2017-04' });
    expect(trend.record).toEqual({ year: 2011, value: 22409, since: 1997 }); // case files from 1997
    const byCount = [...trend.annual].sort((a, b) => b.count - a.count).slice(0, 3);
    expect(byCount.map((row) => [row.year, row.count])).toEqual([
      [2011, 22409],
      [2012, 21459],
      [2016, 20547],
    ]);
  });

  it('the January 2015 release had 22,852 case files for 2011', () => {
    const trend = homicideTrend(series['sesnsp-1997-incidents-hd']!, {
      asOf: '2014-12',
      vintage: '2015-01-21',
    });
    expect(trend.record).toEqual({ year: 2011, value: 22852, since: 1997 });
  });

  it('INEGI by registration, annual series: 2011, 27,213', () => {
    const trend = homicideTrend(series['inegi-registration-annual']!, { asOf: '2017-04' });
    expect(trend.record).toEqual({ year: 2011, value: 27213, since: 1990 }); // INEGI from 1990
    expect(trend.ytd).toBeNull();
  });

  it('INEGI by registration, monthly series: the yearly sums of FACTS table 1 (2006-2016)', () => {
    const trend = homicideTrend(series['inegi-registration-monthly']!, { asOf: '2016-12' });
    const published = [
      [2006, 10452],
      [2007, 8867],
      [2008, 14006],
      [2009, 19803],
      [2010, 25757],
      [2011, 27213],
      [2012, 25967],
      [2013, 23063],
      [2014, 20010],
      [2015, 20762],
      [2016, 24559],
    ];
    expect(
      trend.annual.filter((row) => row.year >= 2006).map((row) => [row.year, row.count]),
    ).toEqual(published);
    expect(trend.record).toEqual({ year: 2011, value: 27213, since: 1990 }); // INEGI from 1990
  });

  it('2017 beat the INEGI record: 32,079 definitive (+17.9%), 31,174 preliminary (+14.6%)', () => {
    const definitive = homicideTrend(series['inegi-registration-annual']!, { asOf: '2018-12' });
    const row2017 = definitive.annual.find((row) => row.year === 2017)!;
    expect(row2017.count).toBe(32079);
    expect(oneDecimal((row2017.count / 27213 - 1) * 100)).toBe(17.9);
    // as published in July 2018, before the definitive figure
    const preliminary = homicideTrend(series['inegi-registration-annual']!, {
      asOf: '2018-12',
      vintage: '2018-07-31',
    });
    const early2017 = preliminary.annual.find((row) => row.year === 2017)!;
    expect(early2017.count).toBe(31174);
    expect(oneDecimal((early2017.count / 27213 - 1) * 100)).toBe(14.6);
  });

  it('INEGI by occurrence: 2011 = 27,330 was the record, 2017 = 31,737 (+16.1%) beat it', () => {
    const trend = homicideTrend(series['inegi-occurrence-monthly']!, { asOf: '2017-12' });
    expect(trend.record).toEqual({ year: 2011, value: 27330, since: 2000 }); // Gargiulo et al. start in 2000
    expect(trend.ytd!.current).toBe(31737);
    expect(trend.exceedsRecord).toMatchObject({
      alreadyExceeded: true,
      probability: 1,
      neededRestOfYear: 0,
    });
    expect(oneDecimal((31737 / 27330 - 1) * 100)).toBe(16.1);
    const later = homicideTrend(series['inegi-occurrence-monthly']!, { asOf: '2020-12' });
    expect(later.annual.find((row) => row.year === 2020)!.count).toBe(35787);
  });
});

describe('backtests on the real series', () => {
  it('lets users see how good each method is on INEGI registrations, 1990-2016', () => {
    const seasonal = backtestProjection(series['inegi-registration-monthly']!, {
      month: 4,
      method: 'seasonal',
    });
    const runRate = backtestProjection(series['inegi-registration-monthly']!, {
      month: 4,
      method: 'run-rate',
    });
    // run rate projects every complete year 1990-2016; seasonal needs an earlier year
    expect(runRate.years.map((row) => row.year)).toEqual(
      Array.from({ length: 27 }, (_, i) => 1990 + i),
    );
    expect(seasonal.years[0]!.year).toBe(1991);
    for (const test of [seasonal, runRate]) {
      expect(test.mape).toBeGreaterThan(0);
      expect(test.mape).toBeLessThan(25);
      // errors are recomputable from the listed numbers
      for (const row of test.years)
        expect(row.errorPct).toBeCloseTo(((row.projected - row.actual) / row.actual) * 100, 9);
    }
  });

  it('puts actual totals inside the interval more often than not (SESNSP case files, 2000-2017)', () => {
    let inside = 0;
    let tested = 0;
    for (let year = 2000; year <= 2017; year++) {
      const trend = homicideTrend(series['sesnsp-1997-incidents-hd']!, { asOf: `${year}-04` });
      const actual = homicideTrend(series['sesnsp-1997-incidents-hd']!, { asOf: `${year}-12` }).ytd!
        .current;
      tested++;
      if (trend.projection!.low! <= actual && actual <= trend.projection!.high!) inside++;
    }
    expect(inside / tested).toBeGreaterThan(0.5);
  });
});

describe('FACTS.md section 4: every state', () => {
  it('SESNSP old-method victims: the 32 states add up exactly to the national figure (Nov-2017 release)', async () => {
    const rows = await loadHomicideObservations('sesnsp-1997-victims-hd', 'all');
    const regions = [...new Set(rows.map((row) => row.region))].filter((region) => region !== 'MX');
    expect(regions).toHaveLength(32);
    let current = 0;
    let previous = 0;
    for (const region of regions) {
      const trend = homicideTrend(rows, { region, asOf: '2017-04' });
      current += trend.ytd!.current;
      previous += trend.ytd!.previous;
    }
    // FACTS.md section 3, Nov-2017 vintage: 8,718 / 6,589
    expect([current, previous]).toEqual([8718, 6589]);
  });

  it('INEGI registrations: the 32 states add up to slightly less than the nation (place unspecified or abroad)', async () => {
    const rows = await loadHomicideObservations('inegi-registration-monthly', 'all');
    const regions = [...new Set(rows.map((row) => row.region))].filter((region) => region !== 'MX');
    expect(regions).toHaveLength(32);
    const byYear = new Map<number, number>();
    for (const region of regions) {
      const trend = homicideTrend(rows, { region, asOf: '2016-12' });
      expect(trend.annual.every((row) => row.ratePer100k !== undefined)).toBe(true);
      for (const row of trend.annual) byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.count);
    }
    // FACTS.md table 1: 2011 = 27,213 and 2016 = 24,559 nationally
    expect(byYear.get(2011)!).toBeLessThanOrEqual(27213);
    expect(byYear.get(2011)!).toBeGreaterThan(27213 * 0.97);
    expect(byYear.get(2016)!).toBeLessThanOrEqual(24559);
    expect(byYear.get(2016)!).toBeGreaterThan(24559 * 0.97);
  });
});

describe('a finished year is certain (issue 17)', () => {
  it('Chihuahua, victims 2015- method, as of 2024-12: 2,024 against the 2020 record of 2,689, probability 0', async () => {
    const rows = await loadHomicideObservations('sesnsp-2015-victims-hd', 'states');
    const trend = homicideTrend(rows, {
      series: 'sesnsp-2015-victims-hd',
      region: 'MX-CHH',
      asOf: '2024-12',
    });
    // figures of issue 17: the year is complete (2,024 victims); the record is 2,689 in 2020
    expect(trend.ytd!.current).toBe(2024);
    expect(trend.record).toEqual({ year: 2020, value: 2689, since: 2015 });
    expect(trend.exceedsRecord).toMatchObject({
      probability: 0,
      monthsLeft: 0,
      alreadyExceeded: false,
      neededRestOfYear: null,
    });
  });
});

// Headline figures from raw/homicides/FACTS.md, reproduced from the package's own tables.
import { describe, expect, it } from 'vitest';
import type { HomicideObservation } from '../schemas/homicides.js';
import { sum } from '../test-helpers/raw.js';
import { homicideObservations } from './observations.js';
import { latestVintage } from './vintage.js';

function rows(
  seriesId: string,
  filter: (row: HomicideObservation) => boolean = () => true,
): HomicideObservation[] {
  return homicideObservations.filter(
    (row) => row.seriesId === seriesId && row.region === 'MX' && filter(row),
  );
}

/** National total of a monthly series for a year (months 1..through), within one vintage. */
function ytd(seriesId: string, vintage: string, year: number, through = 12): number {
  return sum(
    rows(seriesId, (row) => row.vintage === vintage && row.year === year && row.month! <= through),
    (row) => row.count,
  );
}

/** National annual value as of a date (latest vintage published on or before it). */
function annualAsOf(seriesId: string, year: number, asOf?: string): number | undefined {
  return latestVintage(
    rows(seriesId, (row) => row.year === year),
    asOf,
  )[0]?.count;
}

describe('FACTS 1: INEGI deaths by year of registration', () => {
  const definitive: Record<number, number> = {
    2006: 10452,
    2007: 8867,
    2008: 14006,
    2009: 19803,
    2010: 25757,
    2011: 27213,
    2012: 25967,
    2013: 23063,
    2014: 20010,
    2015: 20762,
    2016: 24559,
    2017: 32079,
    2018: 36685,
    2019: 36661,
    2020: 36773,
    2021: 35700,
    2022: 33287,
    2023: 32252,
  };
  it.each(Object.entries(definitive))('%s definitive = %s (latest vintage)', (year, count) => {
    expect(annualAsOf('inegi-registration-annual', Number(year), '2025-10')).toBe(count);
  });

  it('gives the preliminary figures as they were published', () => {
    expect(annualAsOf('inegi-registration-annual', 2016, '2017-12-31')).toBe(23953);
    expect(annualAsOf('inegi-registration-annual', 2017, '2018-12-31')).toBe(31174);
    expect(annualAsOf('inegi-registration-annual', 2018, '2019-08-01')).toBe(35964);
    expect(annualAsOf('inegi-registration-annual', 2022, '2023-12-31')).toBe(32223);
    expect(annualAsOf('inegi-registration-annual', 2023, '2024-12-31')).toBe(31062);
    expect(annualAsOf('inegi-registration-annual', 2024, '2025-08-31')).toBe(33241);
  });

  it('flags the 2024 definitive figure read only in the press', () => {
    const [row] = latestVintage(rows('inegi-registration-annual', (row) => row.year === 2024));
    expect(row).toMatchObject({ count: 33550, status: 'definitive', verified: 'partial' });
  });

  it('2011 is the highest year of the monthly series 1990-2016, and its months add up to 27,213', () => {
    const byYear = new Map<number, number>();
    for (const row of rows('inegi-registration-monthly'))
      byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.count);
    expect(byYear.get(2011)).toBe(27213);
    expect(byYear.get(2016)).toBe(24559);
    const highest = [...byYear].sort((a, b) => b[1] - a[1])[0];
    expect(highest).toEqual([2011, 27213]);
  });

  it('2017 was above the 2011 record by registration (+17.9%) and by occurrence (+16.1%)', () => {
    expect((annualAsOf('inegi-registration-annual', 2017)! / 27213 - 1) * 100).toBeCloseTo(17.9, 1);
    const occurrence = (year: number) =>
      sum(
        rows('inegi-occurrence-monthly', (row) => row.year === year),
        (row) => row.count,
      );
    expect((occurrence(2017) / occurrence(2011) - 1) * 100).toBeCloseTo(16.1, 1);
  });

  it('mxmortalitydb recount', () => {
    const recount = (year: number) => annualAsOf('inegi-registration-annual-mxmortalitydb', year);
    expect([2017, 2018, 2019, 2020, 2021, 2022, 2023].map(recount)).toEqual([
      32082, 36687, 36662, 36773, 35700, 33291, 32253,
    ]);
  });

  it('by occurrence (Gargiulo et al.): 2011 = 27,330; 2017 = 31,737; 2018 = 34,426; 2020 = 35,787; 2022 = 31,048', () => {
    const occurrence = (year: number) =>
      sum(
        rows('inegi-occurrence-monthly', (row) => row.year === year),
        (row) => row.count,
      );
    expect([2011, 2017, 2018, 2020, 2022].map(occurrence)).toEqual([
      27330, 31737, 34426, 35787, 31048,
    ]);
  });
});

describe('FACTS 2: SESNSP intentional homicide, national, per year', () => {
  it('old-method case files (July 2018 release), with 2011 = 22,409', () => {
    const expected: Record<number, number> = {
      1997: 16866,
      2006: 11806,
      2007: 10253,
      2008: 13155,
      2009: 16118,
      2010: 20143,
      2011: 22409,
      2012: 21459,
      2013: 18106,
      2014: 15520,
      2015: 16909,
      2016: 20547,
      2017: 25316,
    };
    for (const [year, count] of Object.entries(expected))
      expect(ytd('sesnsp-1997-incidents-hd', '2018-07', Number(year)), year).toBe(count);
  });

  it('2011 was the old-method record before 2017; 2017 was 13.0% higher', () => {
    const totals = Array.from(
      { length: 20 },
      (_, i) => [1997 + i, ytd('sesnsp-1997-incidents-hd', '2018-07', 1997 + i)] as const,
    );
    expect(
      [...totals]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([year]) => year),
    ).toEqual([2011, 2012, 2016]);
    expect((25316 / ytd('sesnsp-1997-incidents-hd', '2018-07', 2011) - 1) * 100).toBeCloseTo(
      13.0,
      1,
    );
  });

  it('the January 2015 release gave 22,852 for 2011', () => {
    expect(ytd('sesnsp-1997-incidents-hd', '2015-01-21', 2011)).toBe(22852);
  });

  it('old-method victims: 2014-2016, Jan-Nov 2017, and the full-year 2017 total', () => {
    expect(
      [2014, 2015, 2016].map((year) => ytd('sesnsp-1997-victims-hd', '2017-12-24', year)),
    ).toEqual([17336, 18707, 22962]);
    expect(ytd('sesnsp-1997-victims-hd', '2017-12-24', 2017)).toBe(26573);
    expect(annualAsOf('sesnsp-1997-victims-hd-annual', 2017)).toBe(29168);
  });

  it('new-method case files (March 2022 release)', () => {
    const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021];
    expect(years.map((year) => ytd('sesnsp-2015-incidents-hd', '2022-04', year))).toEqual([
      16120, 20149, 25035, 29097, 29480, 28830, 28267,
    ]);
  });

  it('new-method victims, intentional homicide and with feminicide (June 2025 release)', () => {
    const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
    expect(years.map((year) => ytd('sesnsp-2015-victims-hd', '2025-07-20', year))).toEqual([
      17884, 22541, 28868, 33742, 34723, 34569, 33359, 30979, 29721, 30046,
    ]);
    expect(
      years.map((year) => ytd('sesnsp-2015-victims-hd-feminicide', '2025-07-20', year)),
    ).toEqual([18312, 23188, 29636, 34662, 35693, 35545, 34380, 31962, 30572, 30898]);
  });

  it('new-method victims for 2017 were 28,734 in the February 2018 table', () => {
    expect(annualAsOf('sesnsp-2015-victims-hd-annual', 2017)).toBe(28734);
  });

  it('the 2018 site releases count intentional homicide plus feminicide (SOURCES.md correction)', () => {
    // the 2018-07-21 release sums to 29,425 for 2017, beside the annual table's 29,430 with
    // feminicide, and far from its 28,734 for intentional homicide alone
    expect(ytd('sesnsp-2015-victims-hd-feminicide', '2018-07-21', 2017)).toBe(29425);
    expect(annualAsOf('sesnsp-2015-victims-hd-feminicide-annual', 2017)).toBe(29430);
    expect(annualAsOf('sesnsp-2015-victims-hd-annual', 2017)).toBe(28734);
    for (const vintage of ['2018-02-19', '2018-07-21'])
      expect(rows('sesnsp-2015-victims-hd', (row) => row.vintage === vintage)).toEqual([]);
  });
});

describe('FACTS 3: year to date 2017 vs 2016', () => {
  /** The releases compared, by series and vintage. */
  const releases: Record<string, string> = {
    'sesnsp-1997-victims-hd|2017-04-21': 'old-method victims as published 2017-04-21',
    'sesnsp-1997-victims-hd|2017-05-20': 'old-method victims as published 2017-05-20',
    'sesnsp-1997-victims-hd|2017-12-24': 'old-method victims, Nov-2017 release',
    'sesnsp-1997-incidents-hd|2018-07': 'old-method case files',
    'sesnsp-1997-incidents-all|2018-07': 'old-method case files, dolosos + culposos',
    'sesnsp-2015-victims-hd|2025-07-20': 'new-method victims',
    'sesnsp-2015-incidents-hd|2022-04': 'new-method case files',
  };
  /** Year to date through March (3) and April (4), [2017, 2016], as each release gives it. */
  const yearToDate: Record<string, Partial<Record<3 | 4, [number, number]>>> = {
    'sesnsp-1997-victims-hd|2017-04-21': { 3: [6511, 4896] },
    'sesnsp-1997-victims-hd|2017-05-20': { 3: [6521, 4896], 4: [8705, 6591] },
    'sesnsp-1997-victims-hd|2017-12-24': { 3: [6522, 4894], 4: [8718, 6589] },
    'sesnsp-1997-incidents-hd|2018-07': { 3: [5782, 4408], 4: [7740, 5920] },
    'sesnsp-1997-incidents-all|2018-07': { 3: [9836, 8149], 4: [13256, 10889] },
    'sesnsp-2015-victims-hd|2025-07-20': { 3: [6415, 4829], 4: [8599, 6478] },
    'sesnsp-2015-incidents-hd|2022-04': { 3: [5697, 4362], 4: [7636, 5836] },
  };
  for (const [key, byMonth] of Object.entries(yearToDate)) {
    for (const [month, [count2017, count2016]] of Object.entries(byMonth)) {
      const through = Number(month);
      it(`${releases[key]}, Jan-${through === 3 ? 'Mar' : 'Apr'}`, () => {
        const [seriesId, vintage] = key.split('|') as [string, string];
        expect(ytd(seriesId, vintage, 2017, through)).toBe(count2017);
        expect(ytd(seriesId, vintage, 2016, through)).toBe(count2016);
      });
    }
  }

  /** Old-method victims as published on `date`: the rows, and a year's months 1..`through`. */
  function victimsAsPublished(date: string, through: number) {
    const asPublished = latestVintage(rows('sesnsp-1997-victims-hd'), date);
    const total = (year: number) =>
      sum(
        asPublished.filter((row) => row.year === year && row.month! <= through),
        (row) => row.count,
      );
    return { asPublished, total };
  }

  it('as published on 2017-05-20, Jan-Apr victims were up 32.1%', () => {
    const { total } = victimsAsPublished('2017-05-20', 4);
    expect(total(2017)).toBe(8705);
    expect(total(2016)).toBe(6591);
    expect((total(2017) / total(2016) - 1) * 100).toBeCloseTo(32.1, 1);
  });

  it("on the article's day, 2017-05-18, the latest release (2017-04-21) gave Jan-Mar +33.0%", () => {
    const { asPublished, total } = victimsAsPublished('2017-05-18', 3);
    expect(
      new Set(asPublished.filter((row) => row.year === 2017).map((row) => row.vintage)),
    ).toEqual(new Set(['2017-04-21']));
    expect([total(2017), total(2016)]).toEqual([6511, 4896]);
    expect((6511 / 4896 - 1) * 100).toBeCloseTo(33.0, 1);
  });

  it('the April 2017 figure was not yet public on 2017-05-19', () => {
    const asPublished = latestVintage(rows('sesnsp-1997-victims-hd'), '2017-05-19');
    expect(asPublished.some((row) => row.year === 2017 && row.month === 4)).toBe(false);
    expect(asPublished.some((row) => row.year === 2017 && row.month === 3)).toBe(true);
  });

  it('full-year changes: case files +23.2%, victims +27.0%', () => {
    expect(
      (ytd('sesnsp-1997-incidents-hd', '2018-07', 2017) /
        ytd('sesnsp-1997-incidents-hd', '2018-07', 2016) -
        1) *
        100,
    ).toBeCloseTo(23.2, 1);
    expect(
      (annualAsOf('sesnsp-1997-victims-hd-annual', 2017)! /
        annualAsOf('sesnsp-1997-victims-hd-annual', 2016)! -
        1) *
        100,
    ).toBeCloseTo(27.0, 1);
  });
});

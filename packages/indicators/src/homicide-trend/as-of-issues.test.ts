import { describe, expect, it } from 'vitest';
import type { HomicideObservation } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { annualRows, issuesOf } from '../internal/test-helpers.js';
import type { IndicatorInputIssue } from '../issues.js';
import { homicideTrend, homicideTrendOptionIssues } from './homicide-trend.js';
import { latestMonth } from './latest-month.js';

/** One row of 10 per month from `from` to `to` (`YYYY-MM`, inclusive), leaving out `skip`. */
function months(from: string, to: string, skip: readonly string[] = []): HomicideObservation[] {
  const rows: HomicideObservation[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      const label = `${year}-${String(month).padStart(2, '0')}`;
      if (label < from || label > to || skip.includes(label)) continue;
      rows.push({
        seriesId: 'mine',
        region: 'MX',
        year,
        month,
        count: 10,
        sourceId: 'TEST',
        vintage: '2026-01-01',
      });
    }
  }
  return rows;
}

/** The issues `homicideTrend` reports as of `asOf`, or none when it gives a result. */
function asOfIssues(rows: HomicideObservation[], asOf: string): IndicatorInputIssue[] {
  try {
    homicideTrend(rows, { asOf });
    return [];
  } catch (error) {
    if (error instanceof IndicatorInputError) return [...error.issues];
    throw error;
  }
}

const codes = (issues: readonly IndicatorInputIssue[]) => issues.map((issue) => issue.code);

describe('homicideTrend says why it cannot sum up a series as of a month', () => {
  const series = months('2015-01', '2025-06');

  it('accepts any month from the second year of a series that starts in January', () => {
    for (const asOf of ['2016-01', '2017-04', '2020-12', '2025-06'])
      expect(asOfIssues(series, asOf)).toEqual([]);
  });

  it('names the months of the data for a month outside them', () => {
    for (const asOf of ['2014-12', '2025-07', '2030-01']) {
      const issues = asOfIssues(series, asOf);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({
        code: 'outside-months',
        path: ['asOf'],
        value: asOf,
        params: { series: 'mine', region: 'MX', first: '2015-01', last: '2025-06', vintage: null },
      });
    }
  });

  it('gives the earliest month that works for a month in the first year', () => {
    // Jan-Mar 2015 against Jan-Mar 2014, which is before the data: one issue per month needed
    const issues = asOfIssues(series, '2015-03');
    expect(issues.map((issue) => issue.value)).toEqual(['2014-01', '2014-02', '2014-03']);
    for (const issue of issues)
      expect(issue).toMatchObject({
        code: 'before-series-start',
        params: { first: '2015-01', earliest: '2016-01' },
      });
  });

  it('needs January of the year before: a series starting in March works two years later', () => {
    const march = months('2015-03', '2018-12');
    // 2016-05 compares Jan-May 2016 with Jan-May 2015: January and February 2015 are missing
    const issues = asOfIssues(march, '2016-05');
    expect(codes(issues)).toEqual(['before-series-start', 'before-series-start']);
    expect(issues[0]!.params).toMatchObject({ first: '2015-03', earliest: '2017-01' });
    expect(asOfIssues(march, '2017-01')).toEqual([]);
  });

  it('gives the first month with nothing missing to sum, past gaps early in the data', () => {
    // with January 2016 missing, every as-of in 2017 lacks it; 2018-01 sums Jan 2017 and Jan 2018
    const gappy = months('2015-03', '2018-12', ['2016-01']);
    expect(asOfIssues(gappy, '2016-05')[0]!.params).toMatchObject({ earliest: '2018-01' });
    expect(asOfIssues(gappy, '2018-01')).toEqual([]);
    // with only February 2016 missing, January 2017 still works
    const february = months('2015-03', '2018-12', ['2016-02']);
    expect(asOfIssues(february, '2016-05')[0]!.params).toMatchObject({ earliest: '2017-01' });
    expect(asOfIssues(february, '2017-01')).toEqual([]);
    expect(asOfIssues(february, '2017-02')).toEqual([
      expect.objectContaining({ code: 'missing-month', value: '2016-02' }),
    ]);
  });

  it('gives no earliest month when every one lacks a month to sum', () => {
    // January 2016 and January 2017 missing: 2017 lacks the first, 2018 the second
    const gappy = months('2015-03', '2018-12', ['2016-01', '2017-01']);
    expect(asOfIssues(gappy, '2016-05')[0]!.params).toMatchObject({ earliest: null });
    expect(asOfIssues(months('2015-03', '2016-08'), '2016-02')[0]!.params).toMatchObject({
      first: '2015-03',
      earliest: null,
    });
  });

  it('lists the missing months the comparison sums, in both years, and only those', () => {
    const gappy = months('2015-01', '2018-12', ['2016-02', '2017-03', '2017-09']);
    // Jan-Apr 2017 against Jan-Apr 2016; September 2017 is outside both
    const april = asOfIssues(gappy, '2017-04');
    expect(april.map((issue) => [issue.code, issue.value])).toEqual([
      ['missing-month', '2016-02'],
      ['missing-month', '2017-03'],
    ]);
    expect(april[0]!.params).toMatchObject({ from: '2016-01', to: '2017-04' });
    expect(asOfIssues(gappy, '2018-02')).toEqual([]);
    expect(asOfIssues(gappy, '2018-12').map((issue) => issue.value)).toEqual([
      '2017-03',
      '2017-09',
    ]);
  });
});

describe('homicideTrendOptionIssues', () => {
  it('finds every bad option before any row is read', () => {
    const issues = homicideTrendOptionIssues({
      asOf: '2017-13',
      region: 'Chihuahua',
      vintage: '2017-02-30',
      method: 'linear' as never,
    });
    expect(codes(issues).sort()).toEqual(
      ['not-date', 'not-one-of', 'not-region-code', 'not-year-month'].sort(),
    );
  });

  it('accepts good options, and no asOf yet', () => {
    expect(homicideTrendOptionIssues({ region: 'MX-CHH', vintage: '2024-02-29' })).toEqual([]);
    expect(homicideTrendOptionIssues({ asOf: '2017-04', vintage: '2017' })).toEqual([]);
  });

  it('reports the same problems homicideTrend does', () => {
    const options = { asOf: '2017-4', region: 'MX-chh' };
    const issues = issuesOf(() => homicideTrend(months('2015-01', '2017-06'), options));
    expect(codes(issues)).toEqual(codes(homicideTrendOptionIssues(options)));
  });
});

describe('latestMonth', () => {
  it('is the last month of the series in the region, as published by the vintage', () => {
    const rows = [
      ...months('2015-01', '2017-03').map((row) => ({ ...row, vintage: '2017-04-20' })),
      ...months('2017-04', '2017-05').map((row) => ({ ...row, vintage: '2017-06-20' })),
      ...months('2016-01', '2016-12').map((row) => ({ ...row, region: 'MX-CHH' })),
    ];
    expect(latestMonth(rows)).toBe('2017-05');
    expect(latestMonth(rows, { vintage: '2017-06-01' })).toBe('2017-03');
    expect(latestMonth(rows, { region: 'MX-CHH' })).toBe('2016-12');
  });

  it('is December of the last year of an annual series', () => {
    expect(latestMonth(annualRows([2010, 2011]))).toBe('2011-12');
  });

  it('reports a region or release with no rows as homicideTrend does', () => {
    const rows = months('2015-01', '2016-12');
    expect(() => latestMonth(rows, { region: 'MX-SON' })).toThrow(/no rows for this region/);
    expect(() => latestMonth(rows, { vintage: '2025-12-31' })).toThrow(/earliest is 2026-01-01/);
  });
});

import { describe, expect, it } from 'vitest';
import { annualRows } from '../internal/test-helpers.js';
import { nonFinitePaths } from '../internal/property-helpers.js';
import { monthlyRows } from './fixtures.js';
import { homicideTrend, homicideTrendOptionIssues } from './homicide-trend.js';
import { latestMonth } from './latest-month.js';

/** 2015 and 2016, 10 deaths a month, the population of each month of 2016 as given. */
function rowsWith(population2016: (month: number) => number) {
  return [
    ...monthlyRows(2015, Array(12).fill(10), { population: 1_000_000 }),
    ...monthlyRows(2016, Array(12).fill(10)).map((row) => ({
      ...row,
      population: population2016(row.month!),
    })),
  ];
}

describe('homicideTrend, given a population no region has', () => {
  it.each([5e-324, 0.5, 1.7e308, 10_000_000_001])(
    'gives no rate from a population of %d, and says why; every number stays finite',
    (population) => {
      const trend = homicideTrend(
        rowsWith((month) => (month === 7 ? population : 1_000_000)),
        {
          asOf: '2016-12',
        },
      );
      expect(trend.annual[1]).toEqual({
        year: 2016,
        count: 120,
        basis: 'monthly-sum',
        ratePer100k: null,
        rateReason: `the population of 2016-07, ${population}, is not from 1 to 10 billion people`,
      });
      expect(nonFinitePaths(trend)).toEqual([]);
    },
  );

  it('gives the rate from the plausible populations at either end: 1 person and 10 billion', () => {
    const trend = homicideTrend(
      rowsWith((month) => (month === 1 ? 1 : 10_000_000_000)),
      {
        asOf: '2016-12',
      },
    );
    // the mean population of 2016: (1 + 11 x 10 billion) / 12; 120 deaths per 100,000 of them
    const population = (1 + 11 * 10_000_000_000) / 12;
    expect(trend.annual[1]!.population).toBe(population);
    expect(trend.annual[1]!.ratePer100k).toBeCloseTo((120 / population) * 100_000, 12);
  });

  it('gives no rate from an annual row with an implausible population', () => {
    const rows = annualRows([2014, 2015], (year) => ({
      count: 20_000,
      population: year === 2015 ? 5e-324 : 120_000_000,
    }));
    const trend = homicideTrend(rows, { asOf: '2015-12' });
    expect(trend.annual.map((row) => [row.year, row.ratePer100k, row.rateReason])).toEqual([
      [2014, (20_000 / 120_000_000) * 100_000, undefined],
      [2015, null, 'the population of 2015, 5e-324, is not from 1 to 10 billion people'],
    ]);
  });
});

describe('the options of the homicide functions, given null (found by pnpm fuzz, seeds 14 and 15)', () => {
  it('homicideTrendOptionIssues finds nothing to check, as for no options', () => {
    expect(homicideTrendOptionIssues(null as never)).toEqual([]);
    expect(homicideTrendOptionIssues(undefined as never)).toEqual([]);
  });

  it('latestMonth reads null as no options', () => {
    // 2015 January to December: the latest month is December
    expect(latestMonth(monthlyRows(2015, Array(12).fill(10)), null as never)).toBe('2015-12');
  });
});

import type { HomicideObservation } from '@usmx/data/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorInputError } from '../errors.js';
import { nonFinitePaths, shuffled } from '../internal/property-helpers.js';
import { backtestProjection } from './backtest-projection.js';
import { homicideTrend } from './homicide-trend.js';
import type { HomicideTrendOptions } from './types.js';

/** Any valid rows of one series: some months dropped, some revised in a later release, counts from 0 up. */
const scenario = fc
  .record({
    firstYear: fc.integer({ min: 1990, max: 2020 }),
    years: fc.integer({ min: 1, max: 6 }),
    counts: fc.array(fc.oneof(fc.constant(0), fc.nat(60), fc.nat(100_000)), {
      minLength: 72,
      maxLength: 72,
    }),
    dropped: fc.array(fc.nat(71), { maxLength: 4 }),
    revised: fc.array(fc.tuple(fc.nat(71), fc.nat(100_000)), { maxLength: 4 }),
    population: fc.option(fc.integer({ min: 1, max: 200_000_000 }), { nil: undefined }),
    asOfOffset: fc.nat(),
    method: fc.constantFrom('run-rate' as const, 'seasonal' as const),
    seasonalYears: fc.integer({ min: 1, max: 5 }),
    withVintage: fc.boolean(),
    seed: fc.integer(),
  })
  .map((s) => {
    const months = s.years * 12;
    const rows: HomicideObservation[] = [];
    const row = (i: number, count: number, vintage: string): HomicideObservation => ({
      seriesId: 'property-series',
      region: 'MX',
      year: s.firstYear + Math.floor(i / 12),
      month: (i % 12) + 1,
      count,
      ...(s.population === undefined ? {} : { population: s.population }),
      sourceId: vintage === '2030-01-01' ? 'FIRST' : 'REVISION',
      vintage,
    });
    for (let i = 0; i < months; i++)
      if (!s.dropped.includes(i)) rows.push(row(i, s.counts[i]!, '2030-01-01'));
    for (const [i, count] of new Map(s.revised))
      if (i < months) rows.push(row(i, count, '2031-06-01'));
    // mostly after the first year, so that there is a year to compare with
    const asOfIndex =
      s.years > 1 && s.asOfOffset % 5 > 0
        ? 12 + (s.asOfOffset % (months - 12))
        : s.asOfOffset % months;
    const options: HomicideTrendOptions = {
      asOf: `${s.firstYear + Math.floor(asOfIndex / 12)}-${String((asOfIndex % 12) + 1).padStart(2, '0')}`,
      method: s.method,
      seasonalYears: s.seasonalYears,
      ...(s.withVintage ? { vintage: '2030-12-31' } : {}),
    };
    return { rows, options, seed: s.seed };
  });

function run(rows: readonly HomicideObservation[], options: HomicideTrendOptions) {
  try {
    return homicideTrend(rows, options);
  } catch (error) {
    // the only failure allowed is a typed input error (gaps in the YTD window, asOf before the data...)
    expect(error).toBeInstanceOf(IndicatorInputError);
    return null;
  }
}

describe('homicideTrend properties', () => {
  it('never returns NaN or Infinity, and only fails with IndicatorInputError', () => {
    fc.assert(
      fc.property(scenario, ({ rows, options }) => {
        const trend = run(rows, options);
        if (trend) expect(nonFinitePaths(trend)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(scenario, ({ rows, options, seed }) => {
        const trend = run(rows, options);
        if (trend) expect(homicideTrend(shuffled(rows, seed), options)).toEqual(trend);
      }),
      { numRuns: 300 },
    );
  });

  it('gives changePct the sign of current - previous (null only when previous is 0)', () => {
    fc.assert(
      fc.property(scenario, ({ rows, options }) => {
        const trend = run(rows, options);
        for (const comparison of [trend?.ytd, trend?.rolling12]) {
          if (!comparison) continue;
          if (comparison.changePct === null) expect(comparison.previous).toBe(0);
          else
            expect(Math.sign(comparison.changePct)).toBe(
              Math.sign(comparison.current - comparison.previous),
            );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('backtests never return NaN or Infinity', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 12 }), ({ rows, options }, month) => {
        const test = backtestProjection(rows, {
          method: options.method!,
          month,
          seasonalYears: options.seasonalYears!,
        });
        expect(nonFinitePaths(test)).toEqual([]);
        if (test.mape === null) expect(test.reason).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});

describe('exceedsRecord as the year fills up', () => {
  /**
   * Earlier years each at a steady monthly level, and the current year at a steady pace: the
   * seasonal projection is then 12 x pace whatever the month, so only the months left change.
   */
  const steadyYears = fc.record({
    levels: fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 2, maxLength: 8 }),
    pace: fc.integer({ min: 0, max: 5000 }),
    method: fc.constantFrom('run-rate' as const, 'seasonal' as const),
  });

  function probabilities({
    levels,
    pace,
    method,
  }: {
    levels: number[];
    pace: number;
    method: 'run-rate' | 'seasonal';
  }) {
    const year = 2000 + levels.length;
    const rows: HomicideObservation[] = [...levels, pace].flatMap((level, y) =>
      Array.from({ length: 12 }, (_, m) => ({
        seriesId: 'steady',
        region: 'MX',
        year: 2000 + y,
        month: m + 1,
        count: level,
        sourceId: 'SIM',
        vintage: '2030-01-01',
      })),
    );
    return Array.from({ length: 12 }, (_, m) =>
      homicideTrend(rows, { asOf: `${year}-${String(m + 1).padStart(2, '0')}`, method }),
    );
  }

  it('gives 0 or 1 once the year is complete: 1 exactly when its total is above the record', () => {
    fc.assert(
      fc.property(steadyYears, (scenario) => {
        const december = probabilities(scenario)[11]!;
        const record = Math.max(...scenario.levels) * 12;
        expect(december.exceedsRecord!.probability).toBe(scenario.pace * 12 > record ? 1 : 0);
        expect(december.exceedsRecord!.monthsLeft).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('moves one way as months fill in at a fixed pace: up when the pace beats the record, else down', () => {
    fc.assert(
      fc.property(steadyYears, (scenario) => {
        const record = Math.max(...scenario.levels) * 12;
        // at exactly the record's pace the projection equals the record, and floating-point
        // rounding alone decides each month whether it is above: a knife edge, left out
        fc.pre(scenario.pace * 12 !== record);
        const series = probabilities(scenario).map((trend) => trend.exceedsRecord!.probability!);
        const above = scenario.pace * 12 > record;
        for (let m = 1; m < 12; m++) {
          if (above) expect(series[m]!).toBeGreaterThanOrEqual(series[m - 1]!);
          else expect(series[m]!).toBeLessThanOrEqual(series[m - 1]!);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('projection intervals', () => {
  /** Seasonal series with year-to-year level changes and monthly noise. */
  const seasonalSeries = fc
    .record({
      level: fc.integer({ min: 200, max: 3000 }),
      season: fc.array(fc.double({ min: 0.7, max: 1.3, noNaN: true }), {
        minLength: 12,
        maxLength: 12,
      }),
      yearFactors: fc.array(fc.double({ min: 0.85, max: 1.15, noNaN: true }), {
        minLength: 14,
        maxLength: 14,
      }),
      noise: fc.array(fc.double({ min: 0.9, max: 1.1, noNaN: true }), {
        minLength: 168,
        maxLength: 168,
      }),
    })
    .map(({ level, season, yearFactors, noise }) =>
      noise.map((n, i): HomicideObservation => ({
        seriesId: 'seasonal',
        region: 'MX',
        year: 2000 + Math.floor(i / 12),
        month: (i % 12) + 1,
        count: Math.round(level * season[i % 12]! * yearFactors[Math.floor(i / 12)]! * n),
        sourceId: 'SIM',
        vintage: '2020-01-01',
      })),
    );

  it.each(['run-rate', 'seasonal'] as const)(
    '%s: the actual total falls inside the interval more often than not',
    (method) => {
      let inside = 0;
      let tested = 0;
      for (const rows of fc.sample(seasonalSeries, { numRuns: 40, seed: 20170520 })) {
        for (let year = 2005; year <= 2013; year++) {
          const trend = homicideTrend(rows, { asOf: `${year}-04`, method });
          const actual = homicideTrend(rows, { asOf: `${year}-12`, method }).ytd!.current;
          tested++;
          if (trend.projection!.low! <= actual && actual <= trend.projection!.high!) inside++;
        }
      }
      expect(inside / tested).toBeGreaterThan(0.5);
    },
  );
});

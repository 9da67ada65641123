import { describe, expect, it } from 'vitest';
import { IndicatorInputError } from '../errors.js';
import { backtestProjection } from './backtest-projection.js';
import { handSeries, monthlyRows } from './fixtures.js';

describe('backtestProjection', () => {
  it('projects every complete year from its first months and lists each error', () => {
    // handSeries: 2014 = 1,200 (Jan-Feb 200), 2015 = 1,320 (Jan-Feb 220), 2016 = 1,420 (Jan-Feb 220)
    const test = backtestProjection(handSeries(), { method: 'run-rate', month: 2 });
    expect(test.years).toEqual([
      { year: 2014, ytd: 200, projected: 1200, actual: 1200, errorPct: 0 },
      { year: 2015, ytd: 220, projected: 1320, actual: 1320, errorPct: 0 },
      // 220 x 6 = 1,320 against 1,420: (1,320 - 1,420) / 1,420 = -7.04%
      { year: 2016, ytd: 220, projected: 1320, actual: 1420, errorPct: (-100 / 1420) * 100 },
    ]);
    expect(test.mape).toBeCloseTo(((100 / 1420) * 100) / 3, 12);
    expect(test).toMatchObject({
      series: 'test-series',
      region: 'MX',
      method: 'run-rate',
      month: 2,
      sourceIds: ['TEST_SOURCE'],
    });
  });

  it('uses only earlier years for the seasonal share', () => {
    const test = backtestProjection(handSeries(), {
      method: 'seasonal',
      month: 2,
      seasonalYears: 1,
    });
    // 2015 from 2014: 220 / (200 / 1,200) = 1,320; 2016 from 2015: 220 / (220 / 1,320) = 1,320
    expect(test.years.map((y) => [y.year, y.projected])).toEqual([
      [2015, 1320],
      [2016, 1320],
    ]);
  });

  it('prefers an annual row to the sum of the months for a year total', () => {
    const rows = [
      ...monthlyRows(2015, Array(12).fill(10)),
      { ...monthlyRows(2015, [0])[0]!, month: undefined, count: 130, vintage: '2018-06-01' },
      ...monthlyRows(2016, Array(12).fill(10)),
    ];
    const test = backtestProjection(rows, { method: 'run-rate', month: 6 });
    // 2015: 60 x 2 = 120 against the annual row's 130; 2016: 120 against the months' 120
    expect(test.years.map((y) => [y.year, y.projected, y.actual])).toEqual([
      [2015, 120, 130],
      [2016, 120, 120],
    ]);
  });

  it('says why there is no error to average, and rejects a bad month', () => {
    const test = backtestProjection(monthlyRows(2016, [1, 2, 3]), { month: 3 });
    expect(test.mape).toBeNull();
    expect(test.reason).toContain('no complete year');
    expect(() => backtestProjection(handSeries(), { month: 13 })).toThrow(IndicatorInputError);
    expect(() => backtestProjection(handSeries(), { month: 13 })).toThrow(
      /month = 13: expected a whole number of months from 1 to 12/,
    );
  });
});

import { homicideObservations } from '@usmx/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrownError } from '../../../../scripts/thrown-error.js';
import { IndicatorInputError } from '../errors.js';
import { handSeries } from './fixtures.js';
import { homicideTrend, homicideTrendOfValidRows } from './homicide-trend.js';
import { latestMonth } from './latest-month.js';

describe('homicideTrend without asOf', () => {
  it('sums up to the latest month: April 2017 in the hand series (2017 has January-April)', () => {
    const trend = homicideTrend(handSeries(), {});
    expect(trend.asOf).toBe('2017-04');
    // Jan-Apr 2017: 150 + 140 + 160 + 150 = 600 against 100 + 120 + 110 + 130 = 460 in 2016
    expect(trend.ytd).toMatchObject({ current: 600, previous: 460 });
  });

  it('is the trend as of latestMonth, for every series and region of the dataset and a release', () => {
    const series = [...new Set(homicideObservations.map((row) => row.seriesId))];
    fc.assert(
      fc.property(
        fc.constantFrom(...series),
        fc.constantFrom('MX', 'MX-CHH', 'MX-GUA', 'MX-CMX', 'MX-YUC'),
        fc.constantFrom(undefined, '2017-05-20', '2020-01-01'),
        (id, region, vintage) => {
          const options = { series: id, region, ...(vintage ? { vintage } : {}) };
          const refused = (run: () => unknown) => thrownError(run, IndicatorInputError).issues;
          let asOf: string;
          try {
            asOf = latestMonth(homicideObservations, options);
          } catch {
            // no such region or release: the trend refuses it the same way
            expect(refused(() => homicideTrend(homicideObservations, options))).toEqual(
              refused(() => latestMonth(homicideObservations, options)),
            );
            return;
          }
          const withAsOf = () => homicideTrend(homicideObservations, { ...options, asOf });
          let expected: unknown;
          try {
            expected = withAsOf();
          } catch {
            expect(refused(() => homicideTrend(homicideObservations, options))).toEqual(
              refused(withAsOf).map((issue) => ({ ...issue, value: undefined })),
            );
            return;
          }
          expect(homicideTrend(homicideObservations, options)).toEqual(expected);
        },
      ),
      { numRuns: 40, seed: 19 },
    );
  });
});

describe('homicideTrendOfValidRows', () => {
  it('gives what homicideTrend gives on valid rows', () => {
    for (const asOf of ['2017-04', '2016-12', '2015-06']) {
      expect(homicideTrendOfValidRows(handSeries(), { asOf })).toEqual(
        homicideTrend(handSeries(), { asOf }),
      );
    }
    const options = { series: 'sesnsp-1997-victims-hd', region: 'MX-CHH', asOf: '2017-04' };
    expect(homicideTrendOfValidRows(homicideObservations, options)).toEqual(
      homicideTrend(homicideObservations, options),
    );
  });

  it('names the rows homicideTrend rejects, as invalid-row issues without the fields', () => {
    const rows: unknown[] = handSeries();
    rows[3] = { ...(rows[3] as object), count: -1 };
    rows[7] = { ...(rows[7] as object), region: 'Chihuahua' };
    rows[9] = 'not a row';
    const run = (trend: typeof homicideTrend) => () =>
      trend(rows as Parameters<typeof trend>[0], { asOf: '2017-04' });
    const full = thrownError(run(homicideTrend), IndicatorInputError);
    const quick = thrownError(run(homicideTrendOfValidRows), IndicatorInputError);
    expect(new Set(full.issues.map((issue) => issue.path[1]))).toEqual(new Set([3, 7, 9]));
    expect(quick.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid-row', path: ['observations', 3] },
      { code: 'invalid-row', path: ['observations', 7] },
      { code: 'invalid-row', path: ['observations', 9] },
    ]);
    expect(quick.message).toContain('homicideTrend');
  });

  it('reports the options homicideTrend reports with them', () => {
    const error = thrownError(
      () => homicideTrendOfValidRows(handSeries(), { asOf: '2017-13', region: 'Chihuahua' }),
      IndicatorInputError,
    );
    expect(error.issues.map((issue) => issue.code).sort()).toEqual([
      'not-region-code',
      'not-year-month',
    ]);
  });
});

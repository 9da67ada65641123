import type { HomicideObservation } from '@usmx/data/schemas';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import { annualTotals } from './annual-totals.js';
import { backtestYears, meanAbsolutePercentageError } from './backtest.js';
import { schemaChecked } from './observation-checks.js';
import { selectSeries } from './select-series.js';
import { projectionSettings } from './settings.js';
import type { Backtest, BacktestOptions } from './types.js';

/**
 * How good a projection method is: for every complete year of the series, project the full year
 * from its first `month` months (with the same method and the data as of `vintage`) and compare
 * with the actual total. Errors are in percent of the actual total; `mape` is their mean absolute
 * value.
 *
 * Missing data: years with a missing month have no total and are skipped; so are years the
 * method cannot project (seasonal: no earlier reference year, or a zero share).
 *
 * @throws {IndicatorInputError} on invalid rows or options, unknown series or region.
 *
 * @example
 * ```ts
 * import { homicideObservations } from '@usmx/data';
 * import { backtestProjection } from '@usmx/indicators/homicide-trend';
 *
 * const test = backtestProjection(homicideObservations, {
 *   series: 'inegi-registration-monthly',
 *   method: 'seasonal',
 *   month: 4,
 * });
 * console.log(`${test.years.length} years, MAPE ${test.mape?.toFixed(1)}%`);
 * ```
 */
export function backtestProjection(
  observations: readonly HomicideObservation[],
  options: BacktestOptions,
): Backtest {
  const issues: IndicatorInputIssue[] = [];
  const month = options?.month;
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) {
    issues.push(
      inputIssue('not-whole-in-range', ['month'], month, { min: 1, max: 12, unit: 'months' }),
    );
  }
  const settings = projectionSettings(options?.method, options?.seasonalYears, issues);
  const selection = selectSeries(
    'backtestProjection',
    observations,
    { series: options?.series, region: options?.region ?? 'MX', vintage: options?.vintage },
    schemaChecked,
    issues,
  );
  const totals = annualTotals(selection);
  const years = backtestYears(selection, totals, month, settings);
  const sourceIds = new Set<string>();
  for (const row of selection.months.values()) sourceIds.add(row.sourceId);
  for (const row of selection.years.values()) sourceIds.add(row.sourceId);
  const result: Backtest = {
    series: selection.series,
    region: selection.region,
    method: settings.method,
    month,
    seasonalYears: settings.seasonalYears,
    vintage: selection.vintage,
    sourceIds: [...sourceIds].sort(),
    years,
    mape: meanAbsolutePercentageError(years),
  };
  if (result.mape === null) {
    result.reason =
      years.length === 0
        ? `no complete year with months 1-${month}${settings.method === 'seasonal' ? ' and an earlier reference year' : ''}`
        : 'every tested year has an actual total of 0: percentage errors are undefined';
  }
  return result;
}

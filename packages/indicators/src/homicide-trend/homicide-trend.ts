import type { HomicideObservation } from '@usmx/data/schemas';
import { schemaChecked } from './observation-checks.js';
import { trendOf } from './trend.js';
import type { HomicideTrend, HomicideTrendOptions } from './types.js';

export { homicideTrendOfValidRows, homicideTrendOptionIssues } from './trend.js';

/**
 * Year-to-date change, rolling 12 months, full-year projection with an interval from past errors,
 * the previous record and how likely it is to fall, for one homicide series in one region.
 *
 * Units are those of the series (deaths, victims or incidents); percentages are in percent
 * (32.1 means +32.1%); rates are per 100,000 people per year.
 *
 * Missing data: a month missing inside the year-to-date window (the `asOf` year or the year
 * before) is an error; a month missing in the rolling window makes `rolling12` `null`; years with
 * a missing month have no total and are left out of `annual`, the record and the backtest.
 * Annual series (rows without `month`) give `record` and `annual` only.
 *
 * @throws {IndicatorInputError} on empty input, an invalid row (negative count, bad region...),
 * an unknown series or region, no release on or before `vintage`, `asOf` outside the data, or a
 * month gap inside the year-to-date window.
 *
 * @example
 * ```ts
 * import { homicideObservations } from '@usmx/data';
 * import { homicideTrend } from '@usmx/indicators/homicide-trend';
 *
 * const trend = homicideTrend(homicideObservations, {
 *   series: 'sesnsp-1997-victims-hd',
 *   asOf: '2017-04',
 *   vintage: '2017-05-20',
 * });
 * trend.ytd?.changePct; // 32.07... (8,705 victims in Jan-Apr 2017 vs 6,591 in 2016)
 * ```
 */
export function homicideTrend(
  observations: readonly HomicideObservation[],
  options: HomicideTrendOptions,
): HomicideTrend {
  return trendOf(observations, options, schemaChecked);
}

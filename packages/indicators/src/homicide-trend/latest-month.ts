import type { HomicideObservation } from '@usmx/data/schemas';
import { formatYearMonth } from './periods.js';
import { schemaChecked } from './observation-checks.js';
import { latestIndex, selectSeries } from './select-series.js';

/** Which rows {@link latestMonth} looks at: one series in one region, as published by a date. */
export interface LatestMonthOptions {
  /** Series id; may be left out when the rows hold one series. */
  series?: string;
  /** `MX` (default) or an ISO 3166-2 state code. */
  region?: string;
  /** Only releases published on or before this date (`YYYY-MM-DD`, or `YYYY-MM`, `YYYY`). */
  vintage?: string;
}

/**
 * The latest month of one homicide series in one region, as published by `vintage`, as `YYYY-MM`
 * (December of the last year for an annual series): the month a chart shows when no `asOf` is
 * chosen.
 *
 * @throws {IndicatorInputError} as {@link homicideTrend} does: invalid rows or options, an unknown
 * series or region (`unknown-series`, `unknown-region`), or no release by `vintage` (`no-release`).
 *
 * @example
 * ```ts
 * import { homicideObservations } from '@usmx/data';
 * latestMonth(homicideObservations, { series: 'sesnsp-1997-victims-hd', vintage: '2017-05-20' });
 * // '2017-04'
 * ```
 */
export function latestMonth(
  observations: readonly HomicideObservation[],
  options: LatestMonthOptions = {},
): string {
  // null, as undefined: no options
  const { series, region, vintage } = options ?? {};
  const selection = selectSeries(
    'latestMonth',
    observations,
    { series, region: region ?? 'MX', vintage },
    schemaChecked,
  );
  return formatYearMonth(latestIndex(selection));
}

import type { PublishedGroupCount } from '@usmx/data/schemas';
import { publishedCountsOf } from './published.js';
import { publishedCountsChecked } from './row-checks.js';
import type { PublishedCounts } from './types.js';

export { publishedCountsOfValidRows } from './published.js';

/**
 * Published counts of criminal groups as one series per unit (`dominant DTOs`, `cartels`,
 * `criminal cells`...), oldest first, to set beside a computed {@link splinterCount}. Units are
 * never merged: a count of cells is not a count of cartels. Counts are numbers of groups, as
 * ranges where the source gives one (`low`..`high`).
 *
 * Missing data: nothing is filled in; a unit has points only for the years a source counted it.
 * A count over a span of years (`2009-2020`) sits at its first year, with `refYearTo`.
 *
 * @throws {IndicatorInputError} on empty or invalid rows, `countLow > countHigh`, or a unit not in
 * the table.
 *
 * @example
 * ```ts
 * import { publishedGroupCounts } from '@usmx/data';
 * import { publishedCounts } from '@usmx/indicators/splinter-count';
 *
 * publishedCounts(publishedGroupCounts, { unit: 'dominant DTOs' }).series[0].points; // CRS: 4 in 2006
 * ```
 */
export function publishedCounts(
  table: readonly PublishedGroupCount[],
  options?: { unit?: string },
): PublishedCounts {
  return publishedCountsOf(table, options, publishedCountsChecked);
}

import type { CorridorObservation } from '@usmx/data/schemas';
import { schemaChecked } from './observation-checks.js';
import { shareOf } from './share.js';
import type { CorridorShare, CorridorShareOptions } from './types.js';

export { corridorShareOfValidRows } from './share.js';

/**
 * The share of U.S.-bound cocaine on one route, by reference year, as published: each year is the
 * range its figures span (in percent), never an average, and `bySource` keeps one series per
 * source so that disagreeing estimates stay visible.
 *
 * Missing data: years with no figure are absent (not interpolated). Figures whose year is a span
 * or uncertain (`2014/2015`) are listed in `spans` and `bySource` but in no year. Rows marked
 * `verified: 'false'` (figures not found in any source) are left out
 * unless `includeUnverified` is set.
 *
 * @throws {IndicatorInputError} on empty or invalid rows, an unknown route, options of the wrong
 * type (`includeUnverified` not a boolean), or filters that leave no figure.
 *
 * @example
 * ```ts
 * import { corridorObservations } from '@usmx/data';
 * import { corridorShare } from '@usmx/indicators/corridor-share';
 *
 * const share = corridorShare(corridorObservations);
 * share.years.find((y) => y.refYear === 2010); // { low: 95, high: 95, points: [ONDCP...] }
 * ```
 */
export function corridorShare(
  observations: readonly CorridorObservation[],
  options?: CorridorShareOptions,
): CorridorShare {
  return shareOf(observations, options, schemaChecked);
}

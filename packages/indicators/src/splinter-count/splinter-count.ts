import type { Organization } from '@usmx/data/schemas';
import { countOf } from './count.js';
import { organizationsChecked } from './row-checks.js';
import type { SplinterCount, SplinterCountOptions } from './types.js';

export { splinterCountOfValidRows, splinterCountOptionIssues } from './count.js';

/**
 * Counts criminal organizations by year under a named rule, and lists the groups counted, so a
 * claim like "from 5 or 6 major organizations to upwards of 20" can be checked under each
 * definition of "organization". Counts are whole numbers of organizations.
 *
 * Missing data: organizations without a founding or split year cannot be placed in time; lineage
 * rules leave them out and list them in `excluded`. A published list counts only for the year it
 * describes; other years get `count: null` and a reason.
 *
 * @throws {IndicatorInputError} on empty or invalid organizations, repeated ids, or bad options
 * (see {@link splinterCountOptionIssues}).
 *
 * @example
 * ```ts
 * import { organizations } from '@usmx/data';
 * import { splinterCount } from '@usmx/indicators/splinter-count';
 *
 * splinterCount(organizations, { year: 2017, rule: 'lineage-verified' }).years[0].count; // 25
 * splinterCount(organizations, { from: 2000, to: 2024 }).years.map((y) => y.count);
 * splinterCount(organizations, { year: 2006, rule: 'CRS_2006_four' }).years[0].count; // 4
 * ```
 */
export function splinterCount(
  organizations: readonly Organization[],
  options: SplinterCountOptions,
): SplinterCount {
  return countOf(organizations, options, organizationsChecked);
}

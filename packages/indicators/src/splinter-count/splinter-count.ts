import type { Organization } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import { byId, countedGroup, organizationIssues, yearIssue } from './organizations.js';
import { MAJOR_LIST_YEARS, isActive, isMajorList, ruleDefinition } from './rules.js';
import type { SplinterCount, SplinterCountOptions, SplinterRule, SplinterYear } from './types.js';

const INDICATOR = 'splinterCount';

function requestedYears(options: SplinterCountOptions, issues: IndicatorInputIssue[]): number[] {
  if (options !== null && typeof options === 'object' && 'year' in options) {
    const issue = yearIssue('year', options.year);
    if (issue) issues.push(issue);
    return [options.year];
  }
  const { from, to } = (options ?? {}) as { from?: unknown; to?: unknown };
  const fromIssue = yearIssue('from', from);
  const toIssue = yearIssue('to', to);
  if (fromIssue) issues.push(fromIssue);
  if (toIssue) issues.push(toIssue);
  if (fromIssue || toIssue) return [];
  if ((from as number) > (to as number)) {
    issues.push(inputIssue('before-from', ['to'], to, { from: from as number }));
    return [];
  }
  const years: number[] = [];
  for (let year = from as number; year <= (to as number); year++) years.push(year);
  return years;
}

function countYear(
  organizations: readonly Organization[],
  rule: SplinterRule,
  year: number,
): SplinterYear {
  if (isMajorList(rule)) {
    const listYear = MAJOR_LIST_YEARS[rule];
    if (year !== listYear) {
      return {
        year,
        count: null,
        groups: [],
        reason: `the ${rule} list describes ${listYear} only`,
      };
    }
    const members = organizations.filter((organization) => organization.majorLists.includes(rule));
    return { year, count: members.length, groups: members.map(countedGroup).sort(byId) };
  }
  const counted = organizations.filter((organization) => {
    if (typeof rule === 'function') return rule(organization, year);
    if (rule === 'lineage-verified' && !organization.yearFoundedVerified) return false;
    return isActive(organization, year);
  });
  return { year, count: counted.length, groups: counted.map(countedGroup).sort(byId) };
}

/**
 * Counts criminal organizations by year under a named rule, and lists the groups counted, so a
 * claim like "from 5 or 6 major organizations to upwards of 20" can be checked under each
 * definition of "organization". Counts are whole numbers of organizations.
 *
 * Missing data: organizations without a founding or split year cannot be placed in time; lineage
 * rules leave them out and list them in `excluded`. A published list counts only for the year it
 * describes; other years get `count: null` and a reason.
 *
 * @throws {IndicatorInputError} on empty or invalid organizations, repeated ids, bad years or an
 * unknown rule.
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
  const issues = organizationIssues(organizations);
  const years = requestedYears(options, issues);
  const rule: SplinterRule = options?.rule ?? 'lineage';
  if (
    typeof rule !== 'function' &&
    rule !== 'lineage' &&
    rule !== 'lineage-verified' &&
    !isMajorList(rule)
  ) {
    issues.push(
      inputIssue('unknown-rule', ['rule'], rule, { lists: Object.keys(MAJOR_LIST_YEARS) }),
    );
  }
  if (issues.length > 0) throw new IndicatorInputError(INDICATOR, issues);

  const counts = years.map((year) => countYear(organizations, rule, year));
  const sourceIds = new Set<string>();
  const countedIds = new Set(counts.flatMap((year) => year.groups.map((group) => group.id)));
  for (const organization of organizations) {
    if (countedIds.has(organization.id)) for (const id of organization.sourceIds) sourceIds.add(id);
  }
  const placesInTime = rule === 'lineage' || rule === 'lineage-verified';
  return {
    rule: typeof rule === 'function' ? 'custom' : rule,
    definition: ruleDefinition(rule),
    years: counts,
    excluded: placesInTime
      ? organizations
          .filter((organization) => organization.yearFounded === undefined)
          .map((organization) => ({
            id: organization.id,
            name: organization.name.en,
            reason: 'no founding or split year',
          }))
          .sort(byId)
      : [],
    sourceIds: [...sourceIds].sort(),
  };
}

import type { Organization } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import type { RowCheck } from '../internal/validate.js';
import { spanIssues, yearIssues } from '../years.js';
import { organizationsGuarded } from './organization-guard.js';
import { byId, countedGroup, organizationIssues } from './organizations.js';
import {
  MAJOR_LIST_YEARS,
  SPLINTER_RULES,
  isActive,
  isMajorList,
  ruleDefinition,
} from './rules.js';
import type { SplinterCount, SplinterCountOptions, SplinterRule, SplinterYear } from './types.js';

/** The indicator's name in its errors, whichever entry checked the rows. */
const INDICATOR = 'splinterCount';

/** The years `options` ask for, once they are valid: `year`, or every year from `from` to `to`. */
function requestedYears(options: SplinterCountOptions): number[] {
  if ('year' in options) return [options.year];
  const years: number[] = [];
  for (let year = options.from; year <= options.to; year++) years.push(year);
  return years;
}

/** Whether `rule` is a rule {@link splinterCount} knows: a predicate, or one of its named rules. */
function isRule(rule: unknown): rule is SplinterRule {
  return typeof rule === 'function' || (SPLINTER_RULES as readonly unknown[]).includes(rule);
}

/**
 * The problems of {@link splinterCount}'s options alone, found before any row is read: `year`, or
 * `from` and `to`, each a whole year from 1900 to 2100 (`not-whole-in-range`), `to` not before
 * `from` (`before-from`), and `rule` (default `lineage`) a predicate or one of {@link SPLINTER_RULES}
 * (`unknown-rule`). A chart that lets readers choose the years and the rule can check them before
 * loading data. `splinterCount` reports the same issues, with those of the rows.
 *
 * @example
 * ```ts
 * import { splinterCountOptionIssues } from '@usmx/indicators/splinter-count';
 *
 * splinterCountOptionIssues({ from: 2000, to: 2024, rule: 'PGR_2014_nine' }); // []
 * splinterCountOptionIssues({ year: 2017, rule: 'nine' as never })[0]?.code; // "unknown-rule"
 * ```
 */
export function splinterCountOptionIssues(options: SplinterCountOptions): IndicatorInputIssue[] {
  const issues =
    typeof options === 'object' && 'year' in options
      ? yearIssues('year', options.year)
      : spanIssues(options, ['from', 'to']);
  const rule = options.rule ?? 'lineage';
  if (!isRule(rule)) {
    issues.push(
      inputIssue('unknown-rule', ['rule'], rule, { lists: Object.keys(MAJOR_LIST_YEARS) }),
    );
  }
  return issues;
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
 * {@link splinterCount} for organizations already known to be valid, such as `@usmx/data`'s own
 * (validated when the package is built), without zod: a page that charts them loads no schema
 * code. Each organization still passes a fast check that accepts exactly what the schema accepts;
 * one it rejects is an `invalid-row` issue, which does not say which field is wrong: call
 * {@link splinterCount} on the same rows for that. Everything else (options, rules, results,
 * errors) is the same.
 *
 * @throws {IndicatorInputError} as {@link splinterCount} does, with `invalid-row` in place of
 * zod's `schema` issues.
 *
 * @example
 * ```ts
 * import { organizations } from '@usmx/data/groups';
 * import { splinterCountOfValidRows } from '@usmx/indicators/splinter-count';
 *
 * const count = splinterCountOfValidRows(organizations, { year: 2006, rule: 'CRS_2006_four' });
 * count.years[0].count; // 4, as splinterCount gives it
 * ```
 */
export function splinterCountOfValidRows(
  organizations: readonly Organization[],
  options: SplinterCountOptions,
): SplinterCount {
  return countOf(organizations, options, organizationsGuarded(INDICATOR));
}

/**
 * The count, its organizations checked by `checkRows`: what {@link splinterCount} and
 * {@link splinterCountOfValidRows} share.
 */
export function countOf(
  organizations: readonly Organization[],
  options: SplinterCountOptions,
  checkRows: RowCheck,
): SplinterCount {
  const issues = [
    ...organizationIssues(organizations, checkRows),
    ...splinterCountOptionIssues(options ?? ({} as SplinterCountOptions)),
  ];
  if (issues.length > 0) throw new IndicatorInputError(INDICATOR, issues);
  const years = requestedYears(options);
  const rule: SplinterRule = options.rule ?? 'lineage';

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

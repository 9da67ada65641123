import type { MajorGroupList, Organization } from '@usmx/data/schemas';
import type { NamedSplinterRule, SplinterRule } from './types.js';

/**
 * The year each published "major groups" list describes (from the list's source; see
 * groups/SOURCES.md), in the order of those years.
 */
export const MAJOR_LIST_YEARS: Readonly<Record<MajorGroupList, number>> = {
  CRS_2006_four: 2006,
  PGR_end_Fox_seven: 2006,
  PGR_2012_eight: 2012,
  PGR_2014_nine: 2014,
  Lantia_2014_nine: 2014,
  DEA_seven_CRS2015: 2015,
  DEA_NDTA2019_six: 2019,
  BACRIM2020: 2020,
};

/**
 * Every rule `splinterCount` knows by name: the lineage rules, then the published lists in
 * the order of the years they describe. A chart can offer them as a choice; any other rule but a
 * predicate is reported as `unknown-rule`.
 */
export const SPLINTER_RULES: readonly NamedSplinterRule[] = [
  'lineage',
  'lineage-verified',
  ...(Object.keys(MAJOR_LIST_YEARS) as MajorGroupList[]),
];

/** Whether `rule` names a published list. */
export function isMajorList(rule: unknown): rule is MajorGroupList {
  return typeof rule === 'string' && Object.hasOwn(MAJOR_LIST_YEARS, rule);
}

/** Active in `year`: founded or split off in or before it, and not ceased before it. */
export function isActive(organization: Organization, year: number): boolean {
  return (
    organization.yearFounded !== undefined &&
    organization.yearFounded <= year &&
    (organization.yearCeased === undefined || organization.yearCeased >= year)
  );
}

/** The rule in words, for the result. */
export function ruleDefinition(rule: SplinterRule): string {
  if (typeof rule === 'function') return 'a custom predicate (organization, year) => boolean';
  if (rule === 'lineage') {
    return 'organizations with a founding or split year on or before the year and no end year before it';
  }
  if (rule === 'lineage-verified') {
    return 'as lineage, counting only organizations whose founding or split year was read in a source';
  }
  return `members of the published list ${rule}, which describes ${MAJOR_LIST_YEARS[rule]}`;
}

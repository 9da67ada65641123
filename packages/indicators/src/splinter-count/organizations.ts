import type { Organization } from '@usmx/data/schemas';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import { eachRowIssue, type RowCheck } from '../internal/validate.js';
import type { CountedGroup } from './types.js';

/**
 * Validates organization rows, each through `checkRows` (the schema, or the fast guard alone), and
 * rejects repeated ids.
 */
export function organizationIssues(
  organizations: unknown,
  checkRows: RowCheck,
): IndicatorInputIssue[] {
  const issues = checkRows(organizations);
  if (issues.length > 0) return issues;
  const seen = new Map<string, number>();
  return eachRowIssue(organizations as Organization[], (organization, i) => {
    const first = seen.get(organization.id);
    if (first === undefined) {
      seen.set(organization.id, i);
      return undefined;
    }
    return inputIssue('repeated-id', ['organizations', i, 'id'], organization.id, {
      firstIndex: first,
    });
  });
}

/** The fields of an organization a count shows. */
export function countedGroup(organization: Organization): CountedGroup {
  return {
    id: organization.id,
    name: organization.name.en,
    yearFounded: organization.yearFounded ?? null,
    yearCeased: organization.yearCeased ?? null,
  };
}

/** Orders counted groups by id, so results do not depend on the order of the input rows. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

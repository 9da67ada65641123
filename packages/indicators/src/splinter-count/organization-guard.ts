import { ORGANIZATION_ID } from '@usmx/data/patterns';
import type { Organization } from '@usmx/data/schemas';
import {
  hasCitation,
  isArrayOf,
  isEnglishWithSpanish,
  isNonEmptyText,
  isOptional,
  isRecord,
  isText,
} from '../internal/row-guards.js';
import { guardedRowIssues, type RowCheck } from '../internal/validate.js';
import { isYear } from '../years.js';
import { isMajorList } from './rules.js';

/**
 * Fast check that a row satisfies `organizationSchema`, field for field (a property test holds the
 * two to the same answer on any row), without zod: the zod-free entries check organizations with
 * it alone, the validating ones skip the schema for the organizations it accepts.
 */
export function isOrganization(row: unknown): row is Organization {
  return (
    isRecord(row) &&
    isText(row.id) &&
    ORGANIZATION_ID.test(row.id) &&
    isEnglishWithSpanish(row.name) &&
    isArrayOf(row.aliases, isText) &&
    isArrayOf(row.parentIds, isText) &&
    isText(row.originType) &&
    isOptional(row.yearFounded, isYear) &&
    isOptional(row.yearFoundedText, isText) &&
    typeof row.yearFoundedVerified === 'boolean' &&
    isOptional(row.yearCeased, isYear) &&
    isArrayOf(row.majorLists, isMajorList) &&
    isArrayOf(row.sourceIds, isNonEmptyText) &&
    hasCitation(row)
  );
}

/**
 * The organizations through {@link isOrganization} alone (no zod): one it rejects is an
 * `invalid-row` issue naming `validating`, the entry that says what is wrong with it.
 */
export function organizationsGuarded(validating: string): RowCheck {
  return (organizations) =>
    guardedRowIssues(organizations, ['organizations'], isOrganization, validating);
}

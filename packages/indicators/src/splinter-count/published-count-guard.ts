import type { PublishedGroupCount } from '@usmx/data/schemas';
import {
  hasCitation,
  hasYearSpan,
  isCount,
  isEnglishWithSpanish,
  isIsoDate,
  isNonEmptyText,
  isOptional,
  isRecord,
  isText,
} from '../internal/row-guards.js';
import { guardedRowIssues, type RowCheck } from '../internal/validate.js';

/**
 * Fast check that a row satisfies `publishedGroupCountSchema`, field for field (a property test
 * holds the two to the same answer on any row), without zod.
 */
export function isPublishedGroupCount(row: unknown): row is PublishedGroupCount {
  return (
    isRecord(row) &&
    isText(row.id) &&
    hasYearSpan(row) &&
    isEnglishWithSpanish(row.refDateText) &&
    isCount(row.countLow) &&
    isCount(row.countHigh) &&
    isEnglishWithSpanish(row.unit) &&
    isText(row.scope) &&
    isEnglishWithSpanish(row.countingBody) &&
    isNonEmptyText(row.sourceId) &&
    isOptional(row.publicationDate, isIsoDate) &&
    hasCitation(row)
  );
}

/**
 * The rows of a published-count table through {@link isPublishedGroupCount} alone (no zod): one
 * it rejects is an `invalid-row` issue naming `validating`, the entry that says what is wrong.
 */
export function publishedCountsGuarded(validating: string): RowCheck {
  return (table) => guardedRowIssues(table, ['table'], isPublishedGroupCount, validating);
}

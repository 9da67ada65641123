import type { CorridorObservation } from '@usmx/data/schemas';
import {
  hasCitation,
  hasYearSpan,
  isEnglishWithSpanish,
  isNonEmptyText,
  isOptional,
  isPercent,
  isRecord,
  isText,
} from '../internal/row-guards.js';
import { guardedRowIssues, type RowCheck } from '../internal/validate.js';

/**
 * Fast check that a row satisfies `corridorObservationSchema`, field for field (a property test
 * holds the two to the same answer on any row), without zod: the zod-free entries check rows with
 * it alone, the validating ones skip the schema for the rows it accepts.
 */
export function isCorridorObservation(row: unknown): row is CorridorObservation {
  return (
    isRecord(row) &&
    isText(row.id) &&
    hasYearSpan(row) &&
    isEnglishWithSpanish(row.period) &&
    isNonEmptyText(row.route) &&
    isPercent(row.pctLow) &&
    isPercent(row.pctHigh) &&
    isText(row.pctText) &&
    isEnglishWithSpanish(row.measure) &&
    isEnglishWithSpanish(row.reportedBy) &&
    isNonEmptyText(row.sourceId) &&
    isOptional(row.viaSourceId, isNonEmptyText) &&
    hasCitation(row)
  );
}

/**
 * The rows through {@link isCorridorObservation} alone (no zod): a row it rejects is an
 * `invalid-row` issue naming `validating`, the entry that says what is wrong with it.
 */
export function guardChecked(validating: string): RowCheck {
  return (observations) =>
    guardedRowIssues(observations, ['observations'], isCorridorObservation, validating);
}

/**
 * The parts the fast row guards are built from, each accepting exactly what its counterpart in
 * `@usmx/data/schemas` accepts (zod's `z.object`, `z.array`, `z.optional` and the primitives), so a
 * guard reads like its schema. Each guard is property-tested against its schema.
 */
import { ISO_DATE } from '@usmx/data/patterns';
import { isYear } from '../years.js';

/** What `z.object` reads fields from: an object, not `null`, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number from `min` to `max` (`z.int()` with bounds). */
export function isIntIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** `count`: a whole number of people, cases or groups, not negative. */
export function isCount(value: unknown): value is number {
  return isIntIn(value, 0, Number.MAX_SAFE_INTEGER);
}

/** `percent`: a finite number from 0 to 100. */
export function isPercent(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 100;
}

/** Any text (`z.string()`). */
export function isText(value: unknown): value is string {
  return typeof value === 'string';
}

/** `sourceId`, and other text that must not be empty. */
export function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** `isoDate`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  return isText(value) && ISO_DATE.test(value);
}

/** `check` or left out (`z.optional`): `undefined` passes, as zod reads an absent field. */
export function isOptional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

/** An array whose every element passes `check`, holes (read as `undefined`) included, as `z.array`. */
export function isArrayOf(value: unknown, check: (value: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
  return true;
}

/** `englishWithSpanish`: `{ en, es? }`, both text. */
export function isEnglishWithSpanish(value: unknown): boolean {
  return isRecord(value) && isText(value.en) && isOptional(value.es, isText);
}

const VERIFIED = new Set<unknown>(['true', 'partial', 'false']);

/** `verified`: how far a row was checked against its source. */
export function isVerified(value: unknown): boolean {
  return VERIFIED.has(value);
}

/** The fields of `yearSpanFields`: `refYear`, and `refYearTo` where given. */
export function hasYearSpan(row: Record<string, unknown>): boolean {
  return isYear(row.refYear) && isOptional(row.refYearTo, isYear);
}

/** The fields of `citationFields`: `quote` and `notes` where given, and `verified`. */
export function hasCitation(row: Record<string, unknown>): boolean {
  return isOptional(row.quote, isText) && isVerified(row.verified) && isOptional(row.notes, isText);
}

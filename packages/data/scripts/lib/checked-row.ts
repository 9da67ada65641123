import { verified } from '../../src/schemas/primitives.js';
import type { RawRow } from './raw-csv.js';

/** `2014`, `2014/2015` (either year) or `2020-2022` (a span) into first and last year. */
export function yearSpan(row: RawRow, column: string): { refYear: number; refYearTo?: number } {
  const text = row.text(column).trim();
  const match = /^(\d{4})(?:[/-](\d{4}))?$/.exec(text);
  if (!match) row.fail(column, 'expected YYYY, YYYY/YYYY or YYYY-YYYY');
  const refYear = Number(match[1]);
  if (match[2] === undefined) return { refYear };
  const refYearTo = Number(match[2]);
  if (refYearTo <= refYear) row.fail(column, 'the last year must come after the first');
  return { refYear, refYearTo };
}

/** The raw columns of a cited row's `citationFields`: the passage quoted, how far it was checked, notes. */
export const citationColumns = ['quote', 'verified', 'notes'] as const;

/** A cited row's `citationFields`, from its {@link citationColumns}. */
export function citationCells(row: RawRow) {
  return {
    quote: row.optionalText('quote'),
    verified: row.oneOf('verified', verified.options),
    notes: row.optionalText('notes'),
  };
}

/**
 * Validates a row against its schema; returns it without `undefined` fields. A failure names the CSV
 * column (`columns` maps field names to column names where they differ).
 */
export function checkRow<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  row: RawRow,
  value: object,
  columns: Record<string, string> = {},
): T {
  const clean = Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  );
  const result = schema.safeParse(clean);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    row.fail(columns[field] ?? field, issue.message);
  }
  return result.data;
}

import { csvParseRows } from 'd3-dsv';
import * as z from 'zod/mini';
import { isoDate, sourceId } from '../schemas/primitives.js';
import { decodeText, looseKey } from './decode.js';
import { DataValidationError, fileIssue } from './errors.js';

/** The provenance every parsed row carries. */
export interface ParseOptions {
  /** Series id to give the rows, e.g. `my-sesnsp-download`. */
  seriesId: string;
  /** Where the file comes from (an id of yours, or of `sources`). */
  sourceId: string;
  /** Publication date of the release the file holds: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  vintage: string;
}

const parseOptionsSchema = z.object({
  seriesId: z.string().check(z.minLength(1, 'seriesId must not be empty')),
  sourceId,
  vintage: isoDate,
});

/** Throws a TypeError naming the bad option (options are the caller's code, not the file's data). */
export function checkOptions(options: ParseOptions): void {
  const result = parseOptionsSchema.safeParse(options);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new TypeError(
      `Invalid parse option ${issue.path.join('.') || '(options)'}: ${issue.message}`,
    );
  }
}

/** A CSV file read into its header and data rows. */
export interface Table {
  header: string[];
  /** Data rows; `rows[i]` is row `i + 2` of the file. */
  rows: string[][];
}

/** Decodes and tokenizes a CSV file (quoted fields, CRLF); rejects an empty file or one with no data rows. */
export function readTable(input: string | Uint8Array): Table {
  const text = decodeText(input);
  if (text.trim() === '')
    throw new DataValidationError([fileIssue(1, '', '', { code: 'empty-file', params: {} })]);
  const [header = [], ...rows] = csvParseRows(text).filter((row) =>
    row.some((cell) => cell.trim() !== ''),
  );
  if (rows.length === 0)
    throw new DataValidationError([fileIssue(2, '', '', { code: 'no-data-rows', params: {} })]);
  return { header: header.map((name) => name.trim()), rows };
}

/**
 * Finds each wanted column by a loose match of its name (case, accents, spaces and mis-decoded
 * letters ignored). Returns the column indexes, or the names of the missing ones.
 */
export function findColumns<K extends string>(
  header: readonly string[],
  wanted: Record<K, string>,
): { index: Record<K, number>; missing: string[] } {
  const keys = header.map(looseKey);
  const index = {} as Record<K, number>;
  const missing: string[] = [];
  for (const [name, label] of Object.entries(wanted) as [K, string][]) {
    const at = keys.indexOf(looseKey(label));
    if (at === -1) missing.push(label);
    else index[name] = at;
  }
  return { index, missing };
}

/** Throws the issues for missing header columns, if any. */
export function requireColumns(missing: readonly string[]): void {
  if (missing.length > 0) {
    throw new DataValidationError(
      missing.map((column) => fileIssue(1, column, '', { code: 'missing-column', params: {} })),
    );
  }
}

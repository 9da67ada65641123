import { isoDate } from '../schemas/primitives.js';
import { eachCsvRow } from './csv-rows.js';
import { decodeText, looseKey } from './decode.js';
import { DataValidationError, fileIssue } from './errors.js';
import type { IssueList } from './issue-list.js';

/** The provenance every parsed row carries. */
export interface ParseOptions {
  /** Series id to give the rows, e.g. `my-sesnsp-download`. */
  seriesId: string;
  /** Where the file comes from (an id of yours, or of `sources`). */
  sourceId: string;
  /** Publication date of the release the file holds: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  vintage: string;
}

/** An option's value as an issue quotes it: text as given, a number or `null` as written, else its type. */
export function optionText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function'))
    return String(value);
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Adds the problems of the options every parser takes to `issues`, at row 0 (the call, not the
 * file), each named by its option; returns whether `options` is an object (so its other options
 * can be read).
 */
export function checkOptions(options: unknown, issues: IssueList): options is ParseOptions {
  if (options === null || typeof options !== 'object') {
    issues.add(0, '', optionText(options), { code: 'not-options', params: {} });
    return false;
  }
  const { seriesId, sourceId, vintage } = options as Record<string, unknown>;
  for (const [name, value] of [
    ['seriesId', seriesId],
    ['sourceId', sourceId],
  ] as const) {
    if (typeof value !== 'string' || value === '')
      issues.add(0, name, optionText(value), { code: 'option-not-text', params: {} });
  }
  if (!isoDate.safeParse(vintage).success)
    issues.add(0, 'vintage', optionText(vintage), { code: 'option-not-date', params: {} });
  return true;
}

/** What a parser does with each data row: its cells (as many as the header has) and its line. */
export type RowReader = (cells: readonly string[], line: number) => void;

/** Whether every cell of a row is blank: a blank line, or one of commas and spaces. */
function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads a CSV file row by row (quoted fields, CRLF, a byte-order mark, UTF-8 or Windows-1252
 * bytes): its header is its first line that is not blank, and each later row that is not blank
 * goes to the reader `open(header, line)` returns, with the line it starts on (1-based, blank lines
 * counted). A row with another number of cells than the header is a `cell-count` problem and is
 * not read; a quote never closed (`unclosed-quote`) or text after a closing quote
 * (`text-after-quote`) ends the file. Problems go to
 * `issues`; `open` throws for a header it cannot read.
 *
 * @throws DataValidationError for input that is not a file (`not-text`), an empty file, or a
 * header with no data rows.
 */
export function readRows(
  input: string | Uint8Array,
  issues: IssueList,
  open: (header: readonly string[], line: number) => RowReader,
): void {
  const text = decodeText(input);
  if (text.trim() === '')
    throw new DataValidationError([fileIssue(1, '', '', { code: 'empty-file', params: {} })]);
  let header: string[] | undefined;
  let headerLine = 0;
  let read: RowReader | undefined;
  let rows = 0;
  const quote = eachCsvRow(text, (cells, line) => {
    if (isBlank(cells)) return;
    if (!header) {
      header = cells.map((name) => name.trim());
      headerLine = line;
      read = open(header, line);
      return;
    }
    rows++;
    if (cells.length === header.length) read!(cells, line);
    else
      issues.add(line, '', '', {
        code: 'cell-count',
        params: { found: cells.length, expected: header.length },
      });
  });
  if (quote) {
    issues.add(quote.line, header?.[quote.cell] ?? '', '', { code: quote.problem, params: {} });
  } else if (rows === 0) {
    throw new DataValidationError([
      fileIssue(headerLine + 1, '', '', { code: 'no-data-rows', params: {} }),
    ]);
  }
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

/** Throws the issues for missing columns of the header at `line`, if any. */
export function requireColumns(missing: readonly string[], line: number): void {
  if (missing.length > 0) {
    throw new DataValidationError(
      missing.map((column) => fileIssue(line, column, '', { code: 'missing-column', params: {} })),
    );
  }
}

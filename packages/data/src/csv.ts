/**
 * The one CSV writer of usmx: the docs' data downloads and the widgets' "Download CSV" both write
 * with it, so every file usmx hands out is read the same way.
 *
 * @packageDocumentation
 */
import { csvFormatRows } from 'd3-dsv';

/** What a CSV cell can hold: an array is written as `a; b`, `null` and `undefined` as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined | readonly (string | number)[];

/** Text a spreadsheet would run as a formula (OWASP's list of leading characters). */
const FORMULA = /^[=+\-@\t\r]/;

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : value.join('; ');
  return FORMULA.test(text) ? `'${text}` : text;
}

/**
 * CSV text of `rows`: a header row of the `columns` names, then one line per row with the value of
 * each column. One rectangular table, so Excel, LibreOffice, pandas (`pd.read_csv(path)`) and R
 * (`read.csv(path)`) read it with their default settings: no comment lines, every row as many cells
 * as the header.
 *
 * - Cells are quoted by d3-dsv's `csvFormatRows` where they hold a comma, a quote or a line break.
 * - Numbers are written as JavaScript prints them (`1234.5`, no thousands separator); a number that
 *   is not finite, `null` and `undefined` leave the cell empty.
 * - Text that a spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`, a tab or a
 *   carriage return) starts with `'`, so opening the file runs nothing; numbers never do.
 * - Lines end with `\n`, the last one without it.
 *
 * @example
 * ```ts
 * formatCsv([{ region: 'MX-CHH', year: 2017, note: 'up, again' }], ['region', 'year', 'note']);
 * // 'region,year,note\nMX-CHH,2017,"up, again"'
 * ```
 */
export function formatCsv<Row extends object>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
): string {
  return csvFormatRows([
    columns.map(cellText),
    ...rows.map((row) => columns.map((name) => cellText(row[name] as CsvCell))),
  ]);
}

/**
 * A CSV file of `text`, to download: UTF-8 with a byte-order mark, which Excel needs to show accents
 * (`Cártel del Golfo`) right; pandas, R and LibreOffice skip the mark.
 */
export function csvFile(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

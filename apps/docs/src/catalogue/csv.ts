/** A cell value as a table holds it; arrays are written as `a; b`. */
export type CellValue = string | number | boolean | null | undefined | readonly (string | number)[];

function cell(value: CellValue): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  // A spreadsheet would run a text cell that starts like a formula: keep it text.
  const safe = typeof value === 'string' && /^[=+@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Text in English and, where given, Spanish: how the dataset holds text in two languages. */
interface EnglishWithSpanish {
  en: string;
  es?: string;
}

function isEnglishWithSpanish(value: unknown): value is EnglishWithSpanish {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { en?: unknown }).en === 'string'
  );
}

/**
 * `row` with each `{ en, es }` field as two columns a spreadsheet can hold: `key` in English and
 * `keyEs` in Spanish (left out where the row gives no Spanish).
 */
export function splitLanguages(row: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).flatMap(([key, value]) =>
      isEnglishWithSpanish(value)
        ? [[key, value.en], ...(value.es === undefined ? [] : [[`${key}Es`, value.es]])]
        : [[key, value]],
    ),
  );
}

/** RFC 4180 CSV (CRLF line ends) of `rows`, one column per name in `columns`, header first. */
export function toCsv<Row extends object>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
): string {
  const lines = [columns.map((name) => cell(name)).join(',')];
  for (const row of rows) lines.push(columns.map((name) => cell(row[name] as CellValue)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Every key that appears in any row, in first-seen order: the columns of a table whose rows omit absent optional fields. */
export function columnsOf<Row extends object>(rows: readonly Row[]): Array<keyof Row & string> {
  const seen = new Set<keyof Row & string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key as keyof Row & string);
  return [...seen];
}

/** Starts a browser download of `csv` as `filename` (UTF-8 with a BOM, so spreadsheets read accents right). */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

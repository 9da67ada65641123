import { csvFile } from '@usmx/data/csv';
import { englishWithSpanish, type EnglishWithSpanish } from '@usmx/data/schemas';

/** Whether `value` is text in English and, where given, Spanish: how the dataset holds it. */
function isEnglishWithSpanish(value: unknown): value is EnglishWithSpanish {
  return englishWithSpanish.safeParse(value).success;
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

/** Every key that appears in any row, in first-seen order: the columns of a table whose rows omit absent optional fields. */
export function columnsOf<Row extends object>(rows: readonly Row[]): Array<keyof Row & string> {
  const seen = new Set<keyof Row & string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key as keyof Row & string);
  return [...seen];
}

/** Starts a browser download of `csv` as `filename`, UTF-8 with a BOM (see `csvFile` in `@usmx/data/csv`). */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(csvFile(csv));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

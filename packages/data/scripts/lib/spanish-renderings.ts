import type { EnglishWithSpanish } from '../../src/schemas/primitives.js';
import { readRawCsv, type RawRow } from './raw-csv.js';

/**
 * The dataset's Spanish rendering of each wording of one column, read from a raw file with that
 * column and its `_es` (`corridor/measures-es.csv`: `measure`, `measure_es`). A wording listed
 * twice, or a blank rendering, stops the build. Returns a lookup that gives a row's `column` as
 * `{ en, es }`, and stops the build, naming the row, when the file has no rendering of it.
 */
export function readSpanishRenderings(
  file: string,
  column: string,
): (row: RawRow) => Required<EnglishWithSpanish> {
  const columnEs = `${column}_es`;
  const renderings = new Map<string, string>();
  for (const row of readRawCsv(file, [column, columnEs])) {
    const wording = row.text(column);
    if (renderings.has(wording)) row.fail(column, 'a second rendering of this wording');
    renderings.set(wording, row.optionalText(columnEs) ?? row.fail(columnEs, 'blank rendering'));
  }
  return (row) => {
    const en = row.text(column);
    return { en, es: renderings.get(en) ?? row.fail(column, `no Spanish rendering in ${file}`) };
  };
}

import type { HomicideObservation } from '@usmx/data/schemas';
import { fetchUserFile, parseJson } from '../../internal/fetch-text.js';
import { validateRows } from '../../internal/user-rows.js';

/** Where user observations come from: the `data` property, or a file at `src`. */
export type UserHomicideInput =
  | { readonly data: unknown }
  | {
      readonly src: string;
      /** Series id given to the rows of a CSV file (which has no series column). */
      readonly series: string;
      /** Release date of a CSV file; defaults to its Last-Modified date, else the day it was read. */
      readonly vintage?: string;
    };

/**
 * Reads and validates user homicide observations: rows shaped like `homicideObservations` (as the
 * `data` property or a JSON file), or a CSV file in one of the layouts `@usmx/data/parsers` reads.
 * The validators load only when user data is given.
 */
export async function readHomicideObservations(input: UserHomicideInput): Promise<HomicideObservation[]> {
  if ('data' in input) return validateRows(input.data, await observationSchema(), 'data');
  const file = await fetchUserFile(input.src);
  if (file.format === 'json') return validateRows(parseJson(file.text, input.src), await observationSchema(), input.src);
  const { parseLongCsv, parseSesnspStateCsv } = await import('@usmx/data/parsers');
  const options = {
    seriesId: input.series,
    sourceId: new URL(input.src, document.baseURI).href,
    vintage: input.vintage ?? file.lastModified ?? new Date().toISOString().slice(0, 10),
  };
  const header = (file.text.split(/\r?\n/, 1)[0] ?? '').toLowerCase().split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  const long = header.includes('region') && header.includes('count');
  return long ? parseLongCsv(file.text, options) : parseSesnspStateCsv(file.text, options);
}

async function observationSchema() {
  return (await import('@usmx/data/schemas')).homicideObservationSchema;
}

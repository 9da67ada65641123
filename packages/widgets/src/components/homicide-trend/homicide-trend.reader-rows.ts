import type { HomicideObservation } from '@usmx/data/schemas';
import { fetchUserFile, parseJson } from '../../internal/fetch-text.js';
import { invalidData } from '../../internal/errors.js';
import type { Lang } from '../../internal/i18n.js';
import { loadLocale } from '../../locales/load.js';
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
      /** Aborts the request when the load it is for is superseded. */
      readonly signal?: AbortSignal;
      /** The most bytes the file may have (see `fetchUserFile`). */
      readonly maxBytes?: number | undefined;
    };

/** User observations, and how to list everything wrong with them once the indicator rejects them. */
export interface UserObservations {
  readonly rows: HomicideObservation[];
  /** Throws a `WidgetError` naming each bad row and field; returns when every row is valid. */
  explain(): Promise<void>;
}

/**
 * Reads user homicide observations: rows shaped like `homicideObservations` (as the `data`
 * property or a JSON file), or a CSV file in one of the layouts `@usmx/data/parsers` reads (which
 * validates it). JSON rows are checked by the indicator, which rejects bad input; only then are
 * they checked row by row against the schema, so valid data is not validated twice. Errors are in
 * the widget's language `lang`.
 */
export async function readHomicideObservations(
  input: UserHomicideInput,
  lang: Lang,
): Promise<UserObservations> {
  if ('data' in input) return jsonRows(input.data, 'data', lang);
  const file = await fetchUserFile(input.src, lang, input);
  if (file.format === 'json')
    return jsonRows(await parseJson(file.text, input.src, lang), input.src, lang);
  const { isDataValidationError, parseLongCsv, parseSesnspStateCsv } =
    await import('@usmx/data/parsers');
  const options = {
    seriesId: input.series,
    sourceId: new URL(input.src, document.baseURI).href,
    vintage: input.vintage ?? file.lastModified ?? new Date().toISOString().slice(0, 10),
  };
  // the first line that is not blank
  const header = (file.text.trimStart().split(/\r?\n/, 1)[0] ?? '')
    .toLowerCase()
    .split(',')
    .map((cell) => cell.trim().replace(/^"|"$/g, ''));
  const long = header.includes('region') && header.includes('count');
  try {
    const rows = long ? parseLongCsv(file.text, options) : parseSesnspStateCsv(file.text, options);
    return { rows, explain: async () => undefined };
  } catch (error) {
    if (!isDataValidationError(error)) throw error;
    const [{ fileIssue }, locale] = await Promise.all([
      import('../../internal/coded-issues.js'),
      loadLocale(lang),
    ]);
    throw invalidData(
      input.src,
      error.issues,
      lang,
      (listed) => listed.map((issue) => fileIssue(issue, locale)),
      error.total,
    );
  }
}

async function jsonRows(value: unknown, origin: string, lang: Lang): Promise<UserObservations> {
  const explain = async () => {
    await validateRows(value, await observationSchema(), origin, lang);
  };
  if (!Array.isArray(value) || value.length === 0) await explain();
  return { rows: value as HomicideObservation[], explain };
}

async function observationSchema() {
  return (await import('@usmx/data/schemas')).homicideObservationSchema;
}

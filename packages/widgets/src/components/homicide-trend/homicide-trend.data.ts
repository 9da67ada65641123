import type { HomicideObservation } from '@usmx/data/schemas';
import { WidgetError, type ErrorIssue } from '../../internal/errors.js';
import { fetchUserFile, parseJson } from '../../internal/fetch-text.js';

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
  if ('data' in input) return validateRows(input.data, 'data');
  const file = await fetchUserFile(input.src);
  if (file.format === 'json') return validateRows(parseJson(file.text, input.src), input.src);
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

async function validateRows(value: unknown, origin: string): Promise<HomicideObservation[]> {
  if (!Array.isArray(value)) {
    throw new WidgetError('invalid-data', `${origin}: expected an array of observations`, [
      { column: origin, value: typeof value, reason: 'expected an array of rows like { seriesId, region, year, month, count, sourceId, vintage }' },
    ]);
  }
  if (value.length === 0) throw new WidgetError('empty', `${origin}: no observations`);
  const { homicideObservationSchema } = await import('@usmx/data/schemas');
  const issues: ErrorIssue[] = [];
  const rows: HomicideObservation[] = [];
  value.forEach((row: unknown, i) => {
    const parsed = homicideObservationSchema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const column = issue.path.join('.');
        issues.push({ row: i + 1, column, value: (row as Record<string, unknown> | null)?.[column], reason: issue.message });
      }
  });
  if (issues.length > 0) {
    throw new WidgetError('invalid-data', `${origin}: ${issues.length} invalid ${issues.length === 1 ? 'value' : 'values'}`, issues.slice(0, 20));
  }
  return rows;
}

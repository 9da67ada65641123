import { invalidData, WidgetError, type ErrorIssue } from './errors.js';
import { fetchUserFile, fileProblemWords, parseJson, type FetchLimits } from './fetch-text.js';
import type { Lang } from './i18n.js';
import type { RawIssue } from './issue-words.js';
import type { SchemaWords } from '../locales/issue-locale.js';
import { loadLocale } from '../locales/load.js';

/** A zod error map: the words of each issue a schema leaves without a message of its own. */
type ErrorMap = (issue: RawIssue) => string;

/** The part of a zod schema used to check one row (or one object). */
export interface RowSchema<T> {
  safeParse(
    value: unknown,
    params?: { readonly error?: ErrorMap },
  ):
    | { success: true; data: T }
    | {
        success: false;
        error: {
          issues: readonly (RawIssue & { path: readonly PropertyKey[]; message: string })[];
        };
      };
}

/**
 * Checks that `value` is a non-empty array of rows that `schema` accepts, listing every bad field,
 * in the widget's language `lang`. The words for the issues (`issue-words`) load only when a file
 * has bad rows.
 */
export async function validateRows<T>(
  value: unknown,
  schema: RowSchema<T>,
  origin: string,
  lang: Lang,
): Promise<T[]> {
  const given = await rowsOrThrow(value, origin, lang);
  const rows: T[] = [];
  const bad: number[] = [];
  given.forEach((row: unknown, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else bad.push(i);
  });
  if (bad.length === 0) return rows;
  // the bad rows are checked again, for their issues to be worded in the widget's language
  const [{ schemaIssues }, words] = await Promise.all([
    import('./issue-words.js'),
    schemaWords(lang),
  ]);
  const issues: ErrorIssue[] = bad.flatMap((i) =>
    schemaIssues(given[i], schema, words).map((issue) => ({ row: i + 1, ...issue })),
  );
  throw invalidData(origin, issues, lang);
}

/** `value`, a non-empty array; else the widget's error, in `lang`. */
async function rowsOrThrow(value: unknown, origin: string, lang: Lang): Promise<unknown[]> {
  if (!Array.isArray(value)) {
    const t = await fileProblemWords(lang);
    throw new WidgetError('invalid-data', t.expectedRows(origin), [
      {
        column: origin,
        value: value === null ? 'null' : typeof value,
        reason: t.expectedJsonRows,
      },
    ]);
  }
  if (value.length === 0)
    throw new WidgetError('empty', (await fileProblemWords(lang)).noRows(origin));
  return value;
}

/**
 * How a widget checks a reader's rows: `isRow`, a fast check without zod that accepts exactly the
 * rows the schema accepts (the indicators' guards, property-tested against their schemas), and
 * the schema itself, which `loadSchema` loads only to say what is wrong with a rejected row.
 */
export interface ReaderRowCheck<T> {
  readonly isRow: (row: unknown) => row is T;
  readonly loadSchema: () => Promise<RowSchema<T>>;
}

/**
 * {@link validateRows} that loads the schema only for a file it rejects: `value` is returned as
 * it is when `isRow` accepts every row; else the schema lists every bad field, in `lang`.
 */
export async function checkRows<T>(
  value: unknown,
  { isRow, loadSchema }: ReaderRowCheck<T>,
  origin: string,
  lang: Lang,
): Promise<T[]> {
  const rows = await rowsOrThrow(value, origin, lang);
  let valid = true;
  // by index, not `every`, which skips holes: a hole fails the guard and goes to validateRows
  for (let i = 0; i < rows.length && valid; i++) valid = isRow(rows[i]);
  return valid ? (rows as T[]) : validateRows(rows, await loadSchema(), origin, lang);
}

/** The words of a row failing a schema check, in `lang`. */
async function schemaWords(lang: Lang): Promise<SchemaWords> {
  return (await loadLocale(lang)).schema;
}

/**
 * Checks that `schema` accepts `value`, one object (a claim), listing every bad field by its path,
 * in the widget's language `lang`; `origin` names it (`data`, or the file's URL).
 */
export async function validateObject<T>(
  value: unknown,
  schema: RowSchema<T>,
  origin: string,
  lang: Lang,
): Promise<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [{ schemaIssues }, words] = await Promise.all([
    import('./issue-words.js'),
    schemaWords(lang),
  ]);
  throw invalidData(origin, schemaIssues(value, schema, words), lang);
}

/** What a widget offers a reader to give rows of their own. */
interface ReaderInput {
  readonly data: unknown;
  readonly src: string | undefined;
  /** The most bytes the file at `src` may have (see `fetchUserFile`). */
  readonly maxFileSize: number | undefined;
}

/**
 * The one loader of a reader's rows, for every widget that charts rows: the `data` property of
 * `widget`, else the JSON file at its `src`, checked by `check` (see {@link checkRows}: the schema
 * loads only to explain rows the guard rejects) and reported in `lang`; `embedded` when the reader
 * gave neither, unchecked: the dataset was validated when `@usmx/data` was built.
 */
export async function readerRowsOr<T>(
  widget: ReaderInput,
  embedded: readonly T[],
  check: ReaderRowCheck<T>,
  lang: Lang,
  signal: AbortSignal,
): Promise<readonly T[]> {
  if (widget.data !== undefined) return readJsonRows({ data: widget.data }, check, lang);
  if (!widget.src) return embedded;
  return readJsonRows({ src: widget.src, signal, maxBytes: widget.maxFileSize }, check, lang);
}

/**
 * Reads rows given as the `data` property or as a JSON file at `src`, checked by `check` (see
 * {@link checkRows}), reporting errors in the widget's language `lang`. CSV is read by the
 * homicide widget only.
 */
export async function readJsonRows<T>(
  input: { data: unknown } | ({ src: string } & FetchLimits),
  check: ReaderRowCheck<T>,
  lang: Lang,
): Promise<T[]> {
  const [value, origin] =
    'data' in input ? [input.data, 'data'] : await fetchJson(input.src, lang, input);
  return checkRows(value, check, origin, lang);
}

async function fetchJson(src: string, lang: Lang, limits: FetchLimits): Promise<[unknown, string]> {
  const file = await fetchUserFile(src, lang, limits);
  if (file.format !== 'json') {
    const t = await fileProblemWords(lang);
    throw new WidgetError('invalid-data', t.notJson(src), [
      { column: 'src', value: src, reason: t.readsJsonRows },
    ]);
  }
  return [await parseJson(file.text, src, lang), src];
}

import { invalidData, WidgetError, type ErrorIssue } from './errors.js';
import { fetchUserFile, fileProblemWords, parseJson } from './fetch-text.js';
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
  const rows: T[] = [];
  const bad: number[] = [];
  value.forEach((row: unknown, i) => {
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
    schemaIssues(value[i], schema, words).map((issue) => ({ row: i + 1, ...issue })),
  );
  throw invalidData(origin, issues, lang);
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
}

/**
 * The one loader of a reader's rows, for every widget that charts rows: the `data` property of
 * `widget`, else the JSON file at its `src`, checked against the schema `loadSchema` gives (loaded
 * only then) and reported in `lang`; `embedded` when the reader gave neither.
 */
export async function readerRowsOr<T>(
  widget: ReaderInput,
  embedded: readonly T[],
  loadSchema: () => Promise<RowSchema<T>>,
  lang: Lang,
  signal: AbortSignal,
): Promise<readonly T[]> {
  if (widget.data !== undefined) return readJsonRows({ data: widget.data }, loadSchema, lang);
  if (!widget.src) return embedded;
  return readJsonRows({ src: widget.src, signal }, loadSchema, lang);
}

/**
 * Reads rows given as the `data` property or as a JSON file at `src`, checked against the schema
 * (loaded only when user data is given), reporting errors in the widget's language `lang`. CSV is
 * read by the homicide widget only.
 */
export async function readJsonRows<T>(
  input: { data: unknown } | { src: string; signal?: AbortSignal },
  loadSchema: () => Promise<RowSchema<T>>,
  lang: Lang,
): Promise<T[]> {
  const [value, origin] =
    'data' in input ? [input.data, 'data'] : await fetchJson(input.src, lang, input.signal);
  return validateRows(value, await loadSchema(), origin, lang);
}

async function fetchJson(
  src: string,
  lang: Lang,
  signal: AbortSignal | undefined,
): Promise<[unknown, string]> {
  const file = await fetchUserFile(src, lang, signal);
  if (file.format !== 'json') {
    const t = await fileProblemWords(lang);
    throw new WidgetError('invalid-data', t.notJson(src), [
      { column: 'src', value: src, reason: t.readsJsonRows },
    ]);
  }
  return [await parseJson(file.text, src, lang), src];
}

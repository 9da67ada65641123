import { type Lang } from './i18n.js';
import { loadLocale } from '../locales/load.js';
import { commonWords } from '../locales/words.js';

/**
 * One thing wrong with the input: where (row, column or field), the offending value, and why;
 * `code` is the indicator's or parser's code for it, when one reported it.
 */
export interface ErrorIssue {
  /** The code of an indicator's or file parser's issue (`not-year-month`, `count-negative`...). */
  readonly code?: string;
  /** 1-based data row, for user files. */
  readonly row?: number;
  /** Column or field name: a CSV column, a JSON key, or an attribute. */
  readonly column?: string;
  readonly value?: unknown;
  readonly reason: string;
}

/** At most this many issues of a user's file are listed: a broken file should not fill the page. */
const MAX_LISTED_ISSUES = 20;

/** What kind of failure stopped a widget. */
export type WidgetErrorCode =
  'invalid-attribute' | 'fetch-failed' | 'invalid-data' | 'empty' | 'failed';

/**
 * The error a widget shows and reports through `usmx-error`; `options.cause` keeps the failure
 * behind it (a browser's network error) for developers.
 */
export class WidgetError extends Error {
  override readonly name = 'WidgetError';
  constructor(
    readonly code: WidgetErrorCode,
    message: string,
    readonly issues: readonly ErrorIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Reports a bad attribute value, naming the attribute and the values it accepts (`reason`, already
 * in the widget's language `lang`).
 */
export function invalidAttribute(
  attribute: string,
  value: unknown,
  reason: string,
  lang: Lang = 'en',
): WidgetError {
  return new WidgetError('invalid-attribute', commonWords(lang).invalidAttribute(attribute), [
    { column: attribute, value, reason },
  ]);
}

/**
 * Reports the reader's `data` or file (`origin`) as `invalid-data`: "data: 25 invalid values",
 * counting every issue and listing the first 20. `word` turns those 20 into listed issues, so a
 * file with thousands of problems has only the listed ones worded. `atLeast` says the issues are
 * only the first ones found ("data: at least 100 invalid values").
 */
export function invalidData(origin: string, issues: readonly ErrorIssue[], lang: Lang): WidgetError;
export function invalidData<T>(
  origin: string,
  issues: readonly T[],
  lang: Lang,
  word: (listed: readonly T[]) => ErrorIssue[],
  atLeast?: boolean,
): WidgetError;
export function invalidData(
  origin: string,
  issues: readonly unknown[],
  lang: Lang,
  word = (listed: readonly unknown[]) => listed as ErrorIssue[],
  atLeast?: boolean,
): WidgetError {
  return new WidgetError(
    'invalid-data',
    commonWords(lang).invalidValues(origin, issues.length, atLeast),
    word(issues.slice(0, MAX_LISTED_ISSUES)),
  );
}

/** Reports every bad attribute at once: "Invalid attribute", or "3 invalid attributes". */
export function invalidAttributes(issues: readonly ErrorIssue[], lang: Lang): WidgetError {
  return new WidgetError(
    'invalid-attribute',
    commonWords(lang).invalidAttributes(issues.length),
    issues,
  );
}

interface IssueLike {
  row?: unknown;
  column?: unknown;
  path?: unknown;
  value?: unknown;
  reason?: unknown;
  message?: unknown;
}

/**
 * Turns anything thrown (an indicator's rejection of the embedded dataset, a network error, a bug)
 * into a {@link WidgetError} `failed`, keeping the list of issues where the error carries one. An
 * error with issues is headed by their number in the widget's language `lang` (its own message
 * spells the issues out again, for a log); the reasons stay as the error gives them, and `lang`
 * words only an issue that gives none. Any other error keeps its message.
 */
export function toWidgetError(error: unknown, lang: Lang = 'en'): WidgetError {
  if (error instanceof WidgetError) return error;
  const { issues, incomplete } = (error ?? {}) as { issues?: unknown; incomplete?: boolean };
  if (Array.isArray(issues) && issues.length > 0) {
    return new WidgetError(
      'failed',
      commonWords(lang).problems(issues.length, incomplete),
      issues.map((issue) => toIssue(issue, lang)),
    );
  }
  return new WidgetError('failed', error instanceof Error ? error.message : String(error));
}

function toIssue(raw: unknown, lang: Lang): ErrorIssue {
  const issue = (raw ?? {}) as IssueLike;
  const column = issue.column ?? (Array.isArray(issue.path) ? issue.path.join('.') : issue.path);
  return {
    ...(typeof issue.row === 'number' ? { row: issue.row } : {}),
    ...(column !== undefined ? { column: String(column) } : {}),
    ...('value' in issue ? { value: issue.value } : {}),
    reason: String(issue.reason ?? issue.message ?? commonWords(lang).invalid),
  };
}

/**
 * An indicator's rejection of rows the reader supplied (the `data` property or the file at `src`,
 * named by `origin`) as `invalid-data`, like a file that fails the schema: "data: 2 invalid
 * values", each of the first issues at its 1-based row and its column, worded from its code in
 * `lang` (those words load only then); any other error unchanged.
 */
export async function userDataError(error: unknown, origin: string, lang: Lang): Promise<unknown> {
  if (error instanceof WidgetError) return error;
  // the guard loads with the words, only when something failed; should they not load (offline),
  // the error stays as it is
  const loaded = await Promise.all([import('./coded-issues.js'), loadLocale(lang)]).catch(
    () => undefined,
  );
  if (!loaded) return error;
  const [{ indicatorIssue, isIndicatorInputError }, locale] = loaded;
  if (!isIndicatorInputError(error)) return error;
  return invalidData(
    origin,
    error.issues,
    lang,
    (listed) => listed.map((issue) => indicatorIssue(issue, locale)),
    error.incomplete,
  );
}

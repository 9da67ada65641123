/**
 * The closed list of problems the file parsers report, each with the values its words need. A
 * problem's `code` says what is wrong, `params` say with what; the English words come from
 * {@link validationReason}, and a widget words the same code in its own language.
 */
export interface ValidationIssueParams {
  /** The file has no text. */
  'empty-file': Record<string, never>;
  /** The file has a header and nothing under it. */
  'no-data-rows': Record<string, never>;
  /** A column the layout needs is not in the header (the issue's `column` names it). */
  'missing-column': Record<string, never>;
  /** The file's layout has no rows for the crime asked for. */
  'unknown-crime': { layout: string; crime: string };
  /** No row of the file counts the crime asked for (`crimes`: the names looked for). */
  'no-crime-rows': { crimes: readonly string[] };
  /** Not MX, an ISO 3166-2 code of a state, or an INEGI state code. */
  'unknown-region': Record<string, never>;
  /** Not an INEGI state code 1-32. */
  'unknown-state': Record<string, never>;
  /** A year that is not four digits. */
  'year-format': Record<string, never>;
  /** A year outside 1900-2100. */
  'year-range': Record<string, never>;
  /** A month that is not a whole number from 1 to 12. */
  'month-range': Record<string, never>;
  /** A negative count. */
  'count-negative': Record<string, never>;
  /** A count that is not a whole number (digits, optionally with thousands separators). */
  'count-format': Record<string, never>;
  /** A count too large to be exact. */
  'count-too-large': Record<string, never>;
  /** A row that repeats the data (place, period and breakdown) of an earlier row, `firstRow`. */
  'duplicate-row': { firstRow: number };
  /**
   * A row with another number of cells than the header (`found`, `expected`): its cells would
   * land in the wrong columns. One cell more is most often an unquoted thousands separator.
   */
  'cell-count': { found: number; expected: number };
  /** A quoted cell whose closing quote never comes: the file is cut, or a quote is stray. */
  'unclosed-quote': Record<string, never>;
  /** A state name that is not the name of the state its code gives (`state`, code `code`). */
  'state-name': { code: string; state: string };
  /** The input is not a file's text (a string) or bytes (a `Uint8Array`); the value names its type. */
  'not-text': Record<string, never>;
  /** The options are not an object. */
  'not-options': Record<string, never>;
  /** An option (the column) that must be non-empty text. */
  'option-not-text': Record<string, never>;
  /** An option (the column) that must be a date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  'option-not-date': Record<string, never>;
  /** An option (the column) that must be one of `allowed`. */
  'option-not-one-of': { allowed: readonly string[] };
  /** Text after a quoted cell's closing quote (`"12"3`): readers split such a line differently. */
  'text-after-quote': Record<string, never>;
}

/** Every code a file parser may report. */
export type ValidationCode = keyof ValidationIssueParams;

/** What is wrong, without where: a code and its params. */
export type ValidationProblem = {
  [C in ValidationCode]: { readonly code: C; readonly params: ValidationIssueParams[C] };
}[ValidationCode];

/**
 * One problem found in a user's file: what (`code`, `params`), where (`path`: the file's line and
 * the column as named in its header, also given as `row` and `column`), the cell as written, and
 * the English words for it (`reason`).
 */
export type ValidationIssue = ValidationProblem & {
  /** `[row, column]`: the issue's place, as the path of an indicator's issue is. */
  readonly path: readonly [row: number, column: string];
  /**
   * The line of the file the row starts on, 1-based with every line counted, blank ones too (the
   * line number an editor shows; the header is line 1 when the file starts with it). `0` for a
   * problem with the call rather than the file: an option, or input that is not a file.
   */
  readonly row: number;
  /**
   * The column as written in the file's header; for an option, the option's name; `''` for a
   * problem with the whole file.
   */
  readonly column: string;
  /**
   * The offending cell as written (`''` when blank or missing), or the option's value as text (an
   * object's type); cut to its first {@link EXCERPT_LENGTH} characters, with `…`, when longer.
   */
  readonly value: string;
  /** Why it was rejected, in English, made from the code by {@link validationReason}. */
  readonly reason: string;
};

/** The longest value an issue or an error message quotes: longer ones are cut, ending in `…`. */
export const EXCERPT_LENGTH = 60;

/** `text`, or its first characters and `…` when it is longer than {@link EXCERPT_LENGTH}. */
export function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

type English = { [C in ValidationCode]: (params: ValidationIssueParams[C]) => string };

/** The English words of each code: the one place they live. */
const ENGLISH: English = {
  'empty-file': () => 'the file is empty',
  'no-data-rows': () => 'the file has a header but no data rows',
  'missing-column': () => 'column missing from the header',
  'unknown-crime': ({ layout, crime }) => `${layout} has no ${crime} rows`,
  'no-crime-rows': ({ crimes }) => `no row of the file counts ${crimes.join(' or ')}`,
  'unknown-region': () =>
    'unknown region: use MX, an ISO 3166-2 code like MX-CHH, or an INEGI state code 0-32',
  'unknown-state': () => 'unknown state: expected an INEGI state code 1-32',
  'year-format': () => 'year must be four digits',
  'year-range': () => 'year must be between 1900 and 2100',
  'month-range': () => 'month must be a whole number from 1 to 12',
  'count-negative': () => 'count must not be negative',
  'count-format': () =>
    'count must be a whole number (digits, optionally with thousands separators like 1,234)',
  'count-too-large': () => 'count is too large',
  'duplicate-row': ({ firstRow }) => `duplicate: repeats the data of row ${firstRow}`,
  'cell-count': ({ found, expected }) =>
    found > expected
      ? `${found} cells where the header has ${expected}: quote a number with a thousands separator ("1,234"), or the cells shift`
      : `${found} cells where the header has ${expected}: the row is cut short`,
  'unclosed-quote': () =>
    'a quoted cell is never closed: the file is cut short, or a quote is stray',
  'state-name': ({ code, state }) => `not the name of state ${code} (${state})`,
  'not-text': () => "expected the file's text (a string) or bytes (a Uint8Array)",
  'not-options': () => 'expected an object of options: { seriesId, sourceId, vintage }',
  'option-not-text': () => 'expected non-empty text',
  'option-not-date': () => 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  'option-not-one-of': ({ allowed }) => `expected one of: ${allowed.join(', ')}`,
  'text-after-quote': () =>
    'text after the closing quote of a quoted cell: write a quote inside a cell twice ("")',
};

/** The English words for a problem. */
export function validationReason(problem: ValidationProblem): string {
  return (ENGLISH[problem.code] as (params: ValidationProblem['params']) => string)(problem.params);
}

/**
 * The issue for `problem` at a row and column of a file, its English words made from the code and
 * its value cut to an {@link excerpt}.
 */
export function fileIssue(
  row: number,
  column: string,
  value: string,
  problem: ValidationProblem,
): ValidationIssue {
  return {
    ...problem,
    path: [row, column],
    row,
    column,
    value: excerpt(value),
    reason: validationReason(problem),
  };
}

const shownInMessage = 20;

/**
 * The most issues a {@link DataValidationError} lists: a broken file of a million lines stops
 * being read into issues here, and goes on being counted in `total`.
 */
export const MAX_FILE_ISSUES = 100;

/** Marks the errors of this package, so {@link isDataValidationError} knows one from any copy of it. */
const BRAND = Symbol.for('@usmx/data/DataValidationError');

/**
 * A file that cannot be read as valid observations, or a call with bad options. `issues` lists the
 * problems found, each with a `code` from a closed list, up to {@link MAX_FILE_ISSUES}; `total`
 * counts them all, however many. The message names the first 20, each value cut to an excerpt.
 * Recognise it with `instanceof` or, across two copies of the package, {@link isDataValidationError}.
 */
export class DataValidationError extends Error {
  /** The problems found, in the order of the file, at most {@link MAX_FILE_ISSUES}. */
  readonly issues: readonly ValidationIssue[];
  /** How many problems were found: more than `issues` holds when the file has over 100. */
  readonly total: number;
  /** @internal */
  readonly [BRAND] = true;

  constructor(issues: readonly ValidationIssue[], what = 'file', total = issues.length) {
    const lines = issues.slice(0, shownInMessage).map((issue) => {
      const column = excerpt(issue.column);
      const where =
        issue.row === 0
          ? column === ''
            ? 'arguments'
            : `option "${column}"`
          : column === ''
            ? `row ${issue.row}`
            : `row ${issue.row}, column "${column}"`;
      return `  ${where}${issue.value === '' ? '' : ` (value "${excerpt(issue.value)}")`}: ${issue.reason}`;
    });
    if (total > lines.length) lines.push(`  ... and ${total - lines.length} more`);
    super(`${total} problem${total === 1 ? '' : 's'} in the ${what}:\n${lines.join('\n')}`);
    this.name = 'DataValidationError';
    this.issues = issues;
    this.total = total;
  }
}

/**
 * Whether `error` is a {@link DataValidationError}, also one thrown by another copy of
 * `@usmx/data` (a CDN bundle beside an npm install), where `instanceof` says no.
 */
export function isDataValidationError(error: unknown): error is DataValidationError {
  // the brand alone, which every instance carries: the check then needs no copy of the class
  return (error as { [BRAND]?: unknown } | null)?.[BRAND] === true;
}

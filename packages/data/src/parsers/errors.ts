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
}

/** Every code a file parser may report. */
export type ValidationCode = keyof ValidationIssueParams;

/** What is wrong, without where: a code and its params. */
export type ValidationProblem = {
  [C in ValidationCode]: { readonly code: C; readonly params: ValidationIssueParams[C] };
}[ValidationCode];

/**
 * One problem found in a user's file: what (`code`, `params`), where (`path`: the file's row and
 * the column as named in its header, also given as `row` and `column`), the cell as written, and
 * the English words for it (`reason`).
 */
export type ValidationIssue = ValidationProblem & {
  /** `[row, column]`: the issue's place, as the path of an indicator's issue is. */
  readonly path: readonly [row: number, column: string];
  /** 1-based row of the file, the header being row 1 (the row number a spreadsheet shows). */
  readonly row: number;
  /** The column as written in the file's header; `''` for a problem with the whole file. */
  readonly column: string;
  /** The offending cell as written (`''` when blank or missing). */
  readonly value: string;
  /** Why it was rejected, in English, made from the code by {@link validationReason}. */
  readonly reason: string;
};

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
};

/** The English words for a problem. */
export function validationReason(problem: ValidationProblem): string {
  return (ENGLISH[problem.code] as (params: ValidationProblem['params']) => string)(problem.params);
}

/** The issue for `problem` at a row and column of a file, its English words made from the code. */
export function fileIssue(
  row: number,
  column: string,
  value: string,
  problem: ValidationProblem,
): ValidationIssue {
  return { ...problem, path: [row, column], row, column, value, reason: validationReason(problem) };
}

const shownInMessage = 20;

/** Marks the errors of this package, so {@link isDataValidationError} knows one from any copy of it. */
const BRAND = Symbol.for('@usmx/data/DataValidationError');

/**
 * A file that cannot be read as valid observations; `issues` lists every problem found, each with
 * a `code` from a closed list. Recognise it with `instanceof` or, across two copies of the
 * package, {@link isDataValidationError}.
 */
export class DataValidationError extends Error {
  readonly issues: readonly ValidationIssue[];
  /** @internal */
  readonly [BRAND] = true;

  constructor(issues: readonly ValidationIssue[], what = 'file') {
    const lines = issues.slice(0, shownInMessage).map((issue) => {
      const where =
        issue.column === '' ? `row ${issue.row}` : `row ${issue.row}, column "${issue.column}"`;
      return `  ${where}${issue.value === '' ? '' : ` (value "${issue.value}")`}: ${issue.reason}`;
    });
    if (issues.length > shownInMessage)
      lines.push(`  ... and ${issues.length - shownInMessage} more`);
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the ${what}:\n${lines.join('\n')}`,
    );
    this.name = 'DataValidationError';
    this.issues = issues;
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

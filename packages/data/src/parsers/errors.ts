/**
 * What is wrong, as a code and the details that go with it, for wording an issue in another
 * language (the `reason` of a {@link ValidationIssue} words it in English).
 */
export type ValidationProblem =
  /** The file has no text. */
  | { code: 'empty-file' }
  /** The file has a header and nothing under it. */
  | { code: 'no-data-rows' }
  /** A column the layout needs is not in the header (`column` names it). */
  | { code: 'missing-column' }
  /** The file's layout has no rows for the crime asked for. */
  | { code: 'unknown-crime'; layout: string; crime: string }
  /** No row of the file counts the crime asked for (`crimes`: the names looked for). */
  | { code: 'no-crime-rows'; crimes: readonly string[] }
  /** Not MX, an ISO 3166-2 code of a state, or an INEGI state code. */
  | { code: 'unknown-region' }
  /** Not an INEGI state code 1-32. */
  | { code: 'unknown-state' }
  /** A year that is not four digits. */
  | { code: 'year-format' }
  /** A year outside 1900-2100. */
  | { code: 'year-range' }
  /** A month that is not a whole number from 1 to 12. */
  | { code: 'month-range' }
  /** A negative count. */
  | { code: 'count-negative' }
  /** A count that is not a whole number (digits, optionally with thousands separators). */
  | { code: 'count-format' }
  /** A count too large to be exact. */
  | { code: 'count-too-large' }
  /** A row that repeats the data of an earlier row, `firstRow`. */
  | { code: 'duplicate-row'; firstRow: number };

/** One problem found in a user's file: where, the cell, why in English, and what (`code`). */
export type ValidationIssue = ValidationProblem & {
  /** 1-based row of the file, the header being row 1 (the row number a spreadsheet shows). */
  row: number;
  /** The column as written in the file's header; `''` for a problem with the whole file. */
  column: string;
  /** The offending cell as written (`''` when blank or missing). */
  value: string;
  /** Why it was rejected, in plain words. */
  reason: string;
};

const shownInMessage = 20;

/** A file that cannot be read as valid observations; `issues` lists every problem found. */
export class DataValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

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

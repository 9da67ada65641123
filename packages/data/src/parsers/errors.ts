/** One problem found in a user's file. */
export interface ValidationIssue {
  /** 1-based row of the file, the header being row 1 (the row number a spreadsheet shows). */
  row: number;
  /** The column as written in the file's header; `''` for a problem with the whole file. */
  column: string;
  /** The offending cell as written (`''` when blank or missing). */
  value: string;
  /** Why it was rejected, in plain words. */
  reason: string;
}

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

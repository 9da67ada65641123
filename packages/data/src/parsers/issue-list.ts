import {
  DataValidationError,
  fileIssue,
  MAX_FILE_ISSUES,
  type ValidationIssue,
  type ValidationProblem,
} from './errors.js';

/**
 * Collects the problems of a file while it is read: the first {@link MAX_FILE_ISSUES} as issues,
 * every one in the count.
 */
export class IssueList {
  readonly issues: ValidationIssue[] = [];
  /** Every problem added, listed or not. */
  total = 0;

  add(row: number, column: string, value: string, problem: ValidationProblem): void {
    this.total++;
    if (this.issues.length < MAX_FILE_ISSUES)
      this.issues.push(fileIssue(row, column, value, problem));
  }

  /** Throws the {@link DataValidationError} of the problems added, if any. */
  throwIfAny(): void {
    if (this.total > 0) throw new DataValidationError(this.issues, 'file', this.total);
  }
}

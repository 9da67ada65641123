import { thrownError } from '../../../../scripts/thrown-error.js';
import { DataValidationError, type ValidationIssue } from '../parsers/errors.js';

/** The DataValidationError that `parse` throws (the test fails when it throws nothing or another error). */
export function validationErrorOf(parse: () => unknown): DataValidationError {
  return thrownError(parse, DataValidationError);
}

/** The issues of the DataValidationError that `parse` throws. */
export function issuesOf(parse: () => unknown): ValidationIssue[] {
  return [...validationErrorOf(parse).issues];
}

/** What every parser reports for a file with no bytes (or only a BOM and a line break). */
export const emptyFileIssue = {
  code: 'empty-file',
  row: 1,
  column: '',
  value: '',
  reason: 'the file is empty',
} as const;

/** What a parser reports for a `row` that repeats the data of row 2, the file's first data row. */
export function repeatsRow2(row: number, column: string) {
  return {
    code: 'duplicate-row',
    params: { firstRow: 2 },
    row,
    column,
    reason: 'duplicate: repeats the data of row 2',
  } as const;
}

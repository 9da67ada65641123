import type { ValidationIssue, ValidationProblem } from './errors.js';

/** Why a cell was rejected: what is wrong, and the English words for it. */
export type CellProblem = ValidationProblem & { reason: string };

/** A whole-number count: `1234` or `1,234`; the problem when it is not one. */
export function parseCount(text: string): number | CellProblem {
  const trimmed = text.trim();
  if (/^-\s*[\d,]+(\.\d+)?$/.test(trimmed))
    return { code: 'count-negative', reason: 'count must not be negative' };
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(trimmed))
    return {
      code: 'count-format',
      reason:
        'count must be a whole number (digits, optionally with thousands separators like 1,234)',
    };
  const value = Number(trimmed.replaceAll(',', ''));
  return Number.isSafeInteger(value)
    ? value
    : { code: 'count-too-large', reason: 'count is too large' };
}

/** A year 1900-2100; the problem when it is not one. */
export function parseYear(text: string): number | CellProblem {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return { code: 'year-format', reason: 'year must be four digits' };
  const value = Number(trimmed);
  return value >= 1900 && value <= 2100
    ? value
    : { code: 'year-range', reason: 'year must be between 1900 and 2100' };
}

/** Collects issues while a file is read. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];

  add(row: number, column: string, value: string, problem: CellProblem): void {
    this.issues.push({ ...problem, row, column, value });
  }
}

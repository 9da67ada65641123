import type { ValidationIssue } from './errors.js';

/** A whole-number count: `1234` or `1,234`; a reason when it is not one. */
export function parseCount(text: string): number | string {
  const trimmed = text.trim();
  if (/^-\s*[\d,]+(\.\d+)?$/.test(trimmed)) return 'count must not be negative';
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(trimmed))
    return 'count must be a whole number (digits, optionally with thousands separators like 1,234)';
  const value = Number(trimmed.replaceAll(',', ''));
  return Number.isSafeInteger(value) ? value : 'count is too large';
}

/** A year 1900-2100; a reason when it is not one. */
export function parseYear(text: string): number | string {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return 'year must be four digits';
  const value = Number(trimmed);
  return value >= 1900 && value <= 2100 ? value : 'year must be between 1900 and 2100';
}

/** Collects issues while a file is read. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];

  add(row: number, column: string, value: string, reason: string): void {
    this.issues.push({ row, column, value, reason });
  }
}

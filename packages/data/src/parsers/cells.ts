import type { ValidationProblem } from './errors.js';

/** Why a cell was rejected. */
export type CellProblem = ValidationProblem;

/** A whole-number count: `1234` or `1,234`; the problem when it is not one. */
export function parseCount(text: string): number | CellProblem {
  const trimmed = text.trim();
  if (/^-\s*[\d,]+(\.\d+)?$/.test(trimmed)) return { code: 'count-negative', params: {} };
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(trimmed)) return { code: 'count-format', params: {} };
  const value = Number(trimmed.replaceAll(',', ''));
  return Number.isSafeInteger(value) ? value : { code: 'count-too-large', params: {} };
}

/** A year 1900-2100; the problem when it is not one. */
export function parseYear(text: string): number | CellProblem {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return { code: 'year-format', params: {} };
  const value = Number(trimmed);
  return value >= 1900 && value <= 2100 ? value : { code: 'year-range', params: {} };
}

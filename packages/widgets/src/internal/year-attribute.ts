import type { ErrorIssue } from './errors.js';
import { type Lang } from './i18n.js';
import { commonWords } from '../locales/words.js';

/**
 * Reads a year attribute (`from`, `to`): a whole year from 1900 to 2100, `fallback` when it is
 * blank. A bad one is added to `issues`, worded in `lang`, and gives `fallback` too, so that every
 * bad attribute can be reported at once.
 */
export function yearAttribute<F extends number | undefined>(
  value: string | undefined,
  name: string,
  fallback: F,
  issues: ErrorIssue[],
  lang: Lang,
): number | F {
  if (value === undefined || value === null || String(value).trim() === '') return fallback;
  const year = Number(value);
  if (Number.isInteger(year) && year >= 1900 && year <= 2100) return year;
  issues.push({ column: name, value, reason: commonWords(lang).expectedYear });
  return fallback;
}

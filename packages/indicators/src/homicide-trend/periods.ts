import { YEAR_MONTH } from '@usmx/data/patterns';

/**
 * Months as integers: `year * 12 + (month - 1)`, so consecutive months are consecutive integers
 * and a 12-month window is `[index - 11, index]`.
 */
export type MonthIndex = number;

/** `'2017-04'` to its month index, or `undefined` if the text is not `YYYY-MM`. */
export function parseYearMonth(text: string): MonthIndex | undefined {
  const match = YEAR_MONTH.exec(text);
  if (!match) return undefined;
  return monthIndex(Number(match[1]), Number(match[2]));
}

/** The month index of a calendar year and month (1-12). */
export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/** The calendar year of a month index. */
export function yearOf(index: MonthIndex): number {
  return Math.floor(index / 12);
}

/** The calendar month (1-12) of a month index. */
export function monthOf(index: MonthIndex): number {
  return (index % 12) + 1;
}

/** A month index as `YYYY-MM`. */
export function formatYearMonth(index: MonthIndex): string {
  return `${yearOf(index)}-${String(monthOf(index)).padStart(2, '0')}`;
}

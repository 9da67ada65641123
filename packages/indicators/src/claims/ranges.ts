import type { ClaimedRange } from '@usmx/data/schemas';
import type { ValueRange } from './types.js';

/** Whether a figure overlaps the claimed range widened by `tolerance` on both sides. */
export function withinTolerance(
  value: ValueRange,
  claimed: ClaimedRange,
  tolerance: number,
): boolean {
  const high = claimed.high ?? Infinity;
  return value.low <= high + tolerance && value.high >= claimed.low - tolerance;
}

/** A point as a range. */
export function point(value: number): ValueRange {
  return { low: value, high: value };
}

/** The last day covered by a date: `2017` is `2017-12-31`, `2017-05` is `2017-05-31`. */
export function endOfDate(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(day).padStart(2, '0')}`;
}

/** Whether a publication date (`YYYY[-MM[-DD]]`) falls on or before `date` (`YYYY-MM-DD`). */
export function publishedBy(published: string | undefined, date: string): boolean {
  return published !== undefined && published <= date;
}

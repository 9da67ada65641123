import type { AnnualRow, ExceedsRecord, Projection, RecordYear } from './types.js';

/**
 * The highest complete year before `beforeYear` (ties: the earlier year), with the first complete
 * year compared: a series that starts in 2014 can only show the highest year since 2014.
 */
export function findRecord(totals: Map<number, AnnualRow>, beforeYear: number): RecordYear | null {
  let best: AnnualRow | null = null;
  let since = Infinity;
  for (const [year, row] of totals) {
    if (year >= beforeYear) continue;
    since = Math.min(since, year);
    if (best === null || row.count > best.count || (row.count === best.count && year < best.year))
      best = row;
  }
  return best === null ? null : { year: best.year, value: best.count, since };
}

/**
 * How likely the year beats the record, from its first `month` months:
 * - the year is complete (`month` 12): 1 when its total is above the record, else 0; nothing is
 *   uncertain any more;
 * - the year to date is already above the record: 1;
 * - otherwise each past ratio actual / projected gives one scenario, and with k of n above the
 *   record the probability is (k + 1) / (n + 2) (Laplace's rule of succession).
 */
export function exceedsRecord(
  record: RecordYear,
  projection: Projection,
  ytd: number,
  ratios: number[],
  month: number,
): ExceedsRecord {
  const alreadyExceeded = ytd > record.value;
  const monthsLeft = 12 - month;
  const shortfall = Math.max(0, record.value + 1 - ytd);
  const expectedRest = projection.value - ytd;
  const backtestYearsAbove = ratios.filter(
    (ratio) => projection.value * ratio > record.value,
  ).length;
  const n = ratios.length;
  const result: ExceedsRecord = {
    probability: null,
    record,
    projection: projection.value,
    ytd,
    alreadyExceeded,
    monthsLeft,
    neededRestOfYear: monthsLeft === 0 && !alreadyExceeded ? null : shortfall,
    neededVsExpectedPct: expectedRest > 0 ? (shortfall / expectedRest) * 100 : null,
    backtestYears: n,
    backtestYearsAbove,
    basis: alreadyExceeded
      ? 'the year-to-date count alone is above the record'
      : `each earlier year's error (actual / projected) applied to this projection: ${backtestYearsAbove} of ${n} put the year above the record; probability = (above + 1) / (years + 2) (rule of succession)`,
  };
  if (alreadyExceeded) result.probability = 1;
  else if (monthsLeft === 0) {
    result.probability = 0;
    result.basis = `the year is complete: its total (${ytd}) is not above the record (${record.value})`;
  } else if (n > 0) result.probability = (backtestYearsAbove + 1) / (n + 2);
  else result.reason = 'no earlier year could be projected, so there is no error to apply';
  return result;
}

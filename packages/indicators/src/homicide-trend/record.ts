import type { AnnualRow, ExceedsRecord, Projection, RecordYear } from './types.js';

/** The highest complete year before `beforeYear` (ties: the earlier year). */
export function findRecord(totals: Map<number, AnnualRow>, beforeYear: number): RecordYear | null {
  let record: RecordYear | null = null;
  for (const [year, row] of totals) {
    if (year >= beforeYear) continue;
    if (
      record === null ||
      row.count > record.value ||
      (row.count === record.value && year < record.year)
    ) {
      record = { year, value: row.count };
    }
  }
  return record;
}

/**
 * How likely the projection beats the record: 1 when the year to date already does; otherwise
 * each past ratio actual / projected gives one scenario, and with k of n above the record the
 * probability is (k + 1) / (n + 2) (Laplace's rule of succession).
 */
export function exceedsRecord(
  record: RecordYear,
  projection: Projection,
  ytd: number,
  ratios: number[],
): ExceedsRecord {
  const alreadyExceeded = ytd > record.value;
  const neededRestOfYear = Math.max(0, record.value + 1 - ytd);
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
    neededRestOfYear,
    neededVsExpectedPct: expectedRest > 0 ? (neededRestOfYear / expectedRest) * 100 : null,
    backtestYears: n,
    backtestYearsAbove,
    basis: alreadyExceeded
      ? 'the year-to-date count alone is above the record'
      : `each earlier year's error (actual / projected) applied to this projection: ${backtestYearsAbove} of ${n} put the year above the record; probability = (above + 1) / (years + 2) (rule of succession)`,
  };
  if (alreadyExceeded) result.probability = 1;
  else if (n > 0) result.probability = (backtestYearsAbove + 1) / (n + 2);
  else result.reason = 'no earlier year could be projected, so there is no error to apply';
  return result;
}

import { sumMonths } from './annual-totals.js';
import { formatYearMonth, type MonthIndex } from './periods.js';
import type { SeriesSelection } from './select-series.js';
import type { PeriodComparison } from './types.js';

/** Months `from`..`to` against the same months a year earlier. */
export function compare(
  selection: SeriesSelection,
  from: MonthIndex,
  to: MonthIndex,
): PeriodComparison {
  const current = sumMonths(selection, from, to).sum;
  const previous = sumMonths(selection, from - 12, to - 12).sum;
  const comparison: PeriodComparison = {
    months: to - from + 1,
    from: formatYearMonth(from),
    to: formatYearMonth(to),
    current,
    previous,
    changePct: previous === 0 ? null : (current / previous - 1) * 100,
  };
  if (previous === 0) {
    comparison.reason =
      current === 0
        ? 'both periods are 0: no change to express in percent'
        : 'the previous period is 0: a percent change is undefined';
  }
  return comparison;
}

/** Months missing in `from`..`to` or in the same months a year earlier. */
export function missingMonths(
  selection: SeriesSelection,
  from: MonthIndex,
  to: MonthIndex,
): MonthIndex[] {
  return [
    ...sumMonths(selection, from - 12, to - 12).missing,
    ...sumMonths(selection, from, to).missing,
  ];
}

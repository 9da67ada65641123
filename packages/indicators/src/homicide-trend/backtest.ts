import { projectYear, type ProjectionSettings } from './projection.js';
import type { SeriesSelection } from './select-series.js';
import type { AnnualRow, BacktestYear } from './types.js';

/**
 * Projects every complete year (before `beforeYear`, if given) from its first `month` months and
 * compares the projection with the year's actual total. Years that cannot be projected (missing
 * months, no reference year) are left out.
 */
export function backtestYears(
  selection: SeriesSelection,
  totals: Map<number, AnnualRow>,
  month: number,
  settings: ProjectionSettings,
  beforeYear = Infinity,
): BacktestYear[] {
  const years: BacktestYear[] = [];
  const sortedYears = [...totals.keys()].sort((a, b) => a - b);
  for (const year of sortedYears) {
    if (year >= beforeYear) break;
    const projection = projectYear(selection, totals, year, month, settings);
    if (projection.value === null) continue;
    const actual = totals.get(year)!.count;
    years.push({
      year,
      ytd: projection.ytd,
      projected: projection.value,
      actual,
      errorPct: actual === 0 ? null : ((projection.value - actual) / actual) * 100,
    });
  }
  return years;
}

/** Mean of the absolute percentage errors, or `null` when no year has one. */
export function meanAbsolutePercentageError(years: readonly BacktestYear[]): number | null {
  let sum = 0;
  let n = 0;
  for (const year of years) {
    if (year.errorPct === null) continue;
    sum += Math.abs(year.errorPct);
    n++;
  }
  return n === 0 ? null : sum / n;
}

/** Ratios actual / projected of the years whose projection is above 0. */
export function errorRatios(years: readonly BacktestYear[]): number[] {
  return years.filter((year) => year.projected > 0).map((year) => year.actual / year.projected);
}

import { monthIndex } from './periods.js';
import type { SeriesSelection } from './select-series.js';
import type { AnnualRow } from './types.js';

/**
 * Complete-year totals by year: the annual row where the source gives one, otherwise the sum of
 * the 12 monthly rows when all 12 are present. Years with a missing month have no total.
 */
export function annualTotals(selection: SeriesSelection): Map<number, AnnualRow> {
  const totals = new Map<number, AnnualRow>();
  const monthYears = new Set<number>();
  for (const index of selection.months.keys()) monthYears.add(Math.floor(index / 12));
  for (const year of monthYears) {
    if (selection.years.has(year)) continue;
    let count = 0;
    let populationSum = 0;
    let populationMonths = 0;
    let complete = true;
    for (let month = 1; month <= 12; month++) {
      const row = selection.months.get(monthIndex(year, month));
      if (row === undefined) {
        complete = false;
        break;
      }
      count += row.count;
      if (row.population !== undefined) {
        populationSum += row.population;
        populationMonths++;
      }
    }
    if (!complete) continue;
    totals.set(
      year,
      withRate(
        { year, count, basis: 'monthly-sum' },
        populationMonths === 12 ? populationSum / 12 : undefined,
      ),
    );
  }
  for (const [year, row] of selection.years) {
    totals.set(year, withRate({ year, count: row.count, basis: 'annual-row' }, row.population));
  }
  return totals;
}

function withRate(row: AnnualRow, population: number | undefined): AnnualRow {
  if (population === undefined) return row;
  return { ...row, population, ratePer100k: (row.count / population) * 100_000 };
}

/** Sum of months `from`..`to` (month indexes), or the list of missing months. */
export function sumMonths(
  selection: SeriesSelection,
  from: number,
  to: number,
): { sum: number; missing: number[] } {
  let sum = 0;
  const missing: number[] = [];
  for (let index = from; index <= to; index++) {
    const row = selection.months.get(index);
    if (row === undefined) missing.push(index);
    else sum += row.count;
  }
  return { sum, missing };
}

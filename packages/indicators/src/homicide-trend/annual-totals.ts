import { formatYearMonth, monthIndex } from './periods.js';
import type { SelectedRow, SeriesSelection } from './select-series.js';
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
    const rows: SelectedRow[] = [];
    for (let month = 1; month <= 12; month++) {
      const row = selection.months.get(monthIndex(year, month));
      if (row === undefined) break;
      rows.push(row);
    }
    if (rows.length < 12) continue;
    const count = rows.reduce((sum, row) => sum + row.count, 0);
    const total: AnnualRow = { year, count, basis: 'monthly-sum' };
    const implausible = rows.find(
      (row) => row.population !== undefined && !isPlausiblePopulation(row.population),
    );
    if (implausible) totals.set(year, noRate(total, implausible));
    else if (rows.every((row) => row.population !== undefined))
      totals.set(year, withRate(total, rows.reduce((sum, row) => sum + row.population!, 0) / 12));
    else totals.set(year, total);
  }
  for (const [year, row] of selection.years) {
    const total: AnnualRow = { year, count: row.count, basis: 'annual-row' };
    totals.set(
      year,
      row.population === undefined
        ? total
        : isPlausiblePopulation(row.population)
          ? withRate(total, row.population)
          : noRate(total, row),
    );
  }
  return totals;
}

/**
 * The populations a rate is computed from: at least one person, at most 10 billion (more people
 * than live on Earth). Outside it a figure is a mistake (a population in millions, or a stray
 * exponent), and a rate from it would be wrong or infinite.
 */
export const POPULATION_RANGE = { min: 1, max: 10_000_000_000 } as const;

function isPlausiblePopulation(population: number): boolean {
  return population >= POPULATION_RANGE.min && population <= POPULATION_RANGE.max;
}

function withRate(row: AnnualRow, population: number): AnnualRow {
  return { ...row, population, ratePer100k: (row.count / population) * 100_000 };
}

/** A year whose `source` row gives a population outside {@link POPULATION_RANGE}: no rate, and why. */
function noRate(row: AnnualRow, source: SelectedRow): AnnualRow {
  const period =
    source.month === undefined
      ? String(source.year)
      : formatYearMonth(monthIndex(source.year, source.month));
  return {
    ...row,
    ratePer100k: null,
    rateReason: `the population of ${period}, ${source.population}, is not from 1 to 10 billion people`,
  };
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

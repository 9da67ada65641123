import type { HomicideObservation } from '@usmx/data/schemas';
import { IndicatorInputError, MAX_ISSUES, MORE_ISSUES } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import { isCalendarDate, isRegionCode } from '../internal/formats.js';
import { formatYearMonth, monthIndex, type MonthIndex } from './periods.js';

/** The row kept for one period after choosing the release. */
export type SelectedRow = HomicideObservation;

/** One series in one region, one row per period, as of a release date. */
export interface SeriesSelection {
  series: string;
  region: string;
  vintage: string | null;
  /** Monthly rows by month index. */
  months: Map<MonthIndex, SelectedRow>;
  /** Annual rows (no `month`) by year. */
  years: Map<number, SelectedRow>;
}

export interface SelectOptions {
  series?: string | undefined;
  region: string;
  vintage?: string | undefined;
}

function periodLabel(row: HomicideObservation): string {
  return row.month === undefined
    ? String(row.year)
    : formatYearMonth(monthIndex(row.year, row.month));
}

/** The problems of the options that choose a series, region and release, before any row is read. */
export function selectOptionIssues(options: SelectOptions): IndicatorInputIssue[] {
  const issues: IndicatorInputIssue[] = [];
  if (!isRegionCode(options.region))
    issues.push(inputIssue('not-region-code', ['region'], options.region, {}));
  if (options.vintage !== undefined && !isCalendarDate(options.vintage))
    issues.push(inputIssue('not-date', ['vintage'], options.vintage, {}));
  if (
    options.series !== undefined &&
    (typeof options.series !== 'string' || options.series === '')
  ) {
    issues.push(inputIssue('not-text', ['series'], options.series, {}));
  }
  return issues;
}

/** The problems of the rows passed as observations (each an issue under `observations`). */
export type ObservationCheck = (observations: unknown) => IndicatorInputIssue[];

/**
 * Validates the rows (with `checkRows`) and options, then keeps one series in one region with, for each period, the
 * latest release on or before `vintage` (or the latest release when `vintage` is not given).
 * Throws {@link IndicatorInputError} listing every problem.
 */
export function selectSeries(
  indicator: string,
  observations: unknown,
  options: SelectOptions,
  checkRows: ObservationCheck,
  optionIssues: readonly IndicatorInputIssue[] = [],
): SeriesSelection {
  const issues: IndicatorInputIssue[] = [...optionIssues, ...selectOptionIssues(options)];
  issues.push(...checkRows(observations));
  if (issues.length > 0) throw new IndicatorInputError(indicator, issues);
  const rows = observations as HomicideObservation[];

  const seriesIds = new Set<string>();
  for (const row of rows) seriesIds.add(row.seriesId);
  let series = options.series;
  if (series === undefined) {
    if (seriesIds.size > 1) {
      throw new IndicatorInputError(indicator, [
        inputIssue('several-series', ['series'], undefined, { series: [...seriesIds].sort() }),
      ]);
    }
    series = rows[0]!.seriesId;
  } else if (!seriesIds.has(series)) {
    throw new IndicatorInputError(indicator, [
      inputIssue('unknown-series', ['series'], series, { present: [...seriesIds].sort() }),
    ]);
  }

  const regions = new Set<string>();
  const months = new Map<MonthIndex, SelectedRow>();
  const years = new Map<number, SelectedRow>();
  let earliestVintage: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.seriesId !== series) continue;
    regions.add(row.region);
    if (row.region !== options.region) continue;
    if (earliestVintage === undefined || row.vintage < earliestVintage)
      earliestVintage = row.vintage;
    if (options.vintage !== undefined && row.vintage > options.vintage) continue;
    const map = row.month === undefined ? years : months;
    const key = row.month === undefined ? row.year : monthIndex(row.year, row.month);
    const kept = map.get(key);
    if (kept !== undefined && kept.vintage === row.vintage) {
      // the rows passed every check above, so every issue here is a duplicate
      if (issues.length >= MAX_ISSUES) {
        issues.push(MORE_ISSUES);
        break;
      }
      issues.push(
        inputIssue(
          'duplicate-row',
          ['observations', i],
          {
            seriesId: row.seriesId,
            region: row.region,
            period: periodLabel(row),
            vintage: row.vintage,
          },
          { firstIndex: rows.indexOf(kept) },
        ),
      );
      continue;
    }
    if (kept === undefined || row.vintage > kept.vintage) map.set(key, row);
  }
  if (!regions.has(options.region)) {
    issues.push(
      inputIssue('unknown-region', ['region'], options.region, {
        series,
        present: [...regions].sort(),
      }),
    );
  } else if (months.size === 0 && years.size === 0) {
    issues.push(
      inputIssue('no-release', ['vintage'], options.vintage, {
        series,
        region: options.region,
        earliest: earliestVintage as string,
      }),
    );
  }
  if (issues.length > 0) throw new IndicatorInputError(indicator, issues);
  return { series, region: options.region, vintage: options.vintage ?? null, months, years };
}

/** The latest month of a selection: its last month, or December of its last year. */
export function latestIndex(selection: SeriesSelection): MonthIndex {
  let latest = -Infinity;
  for (const index of selection.months.keys()) latest = Math.max(latest, index);
  for (const year of selection.years.keys()) latest = Math.max(latest, monthIndex(year, 12));
  return latest as MonthIndex;
}

import {
  homicideObservationSchema,
  isoDate,
  regionCode,
  type HomicideObservation,
} from '@usmx/data/schemas';
import {
  IndicatorInputError,
  MAX_ISSUES,
  MORE_ISSUES,
  type IndicatorInputIssue,
} from '../errors.js';
import { rowIssues, schemaIssues } from '../internal/validate.js';
import { isHomicideObservation } from './observation-guard.js';
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

function list(values: Iterable<string>): string {
  const sorted = [...values].sort();
  const shown = sorted.slice(0, 12).join(', ');
  return sorted.length > 12 ? `${shown}, ... (${sorted.length} in all)` : shown;
}

function periodLabel(row: HomicideObservation): string {
  return row.month === undefined
    ? String(row.year)
    : formatYearMonth(monthIndex(row.year, row.month));
}

/**
 * Validates the rows and options, then keeps one series in one region with, for each period, the
 * latest release on or before `vintage` (or the latest release when `vintage` is not given).
 * Throws {@link IndicatorInputError} listing every problem.
 */
export function selectSeries(
  indicator: string,
  observations: unknown,
  options: SelectOptions,
  optionIssues: readonly IndicatorInputIssue[] = [],
): SeriesSelection {
  const issues: IndicatorInputIssue[] = [...optionIssues];
  issues.push(
    ...rowIssues(observations, 'observations', homicideObservationSchema, isHomicideObservation),
  );
  issues.push(...schemaIssues(regionCode, options.region, 'region'));
  if (options.vintage !== undefined)
    issues.push(...schemaIssues(isoDate, options.vintage, 'vintage'));
  if (
    options.series !== undefined &&
    (typeof options.series !== 'string' || options.series === '')
  ) {
    issues.push({ field: 'series', value: options.series, reason: 'expected a series id' });
  }
  if (issues.length > 0) throw new IndicatorInputError(indicator, issues);
  const rows = observations as HomicideObservation[];

  const seriesIds = new Set<string>();
  for (const row of rows) seriesIds.add(row.seriesId);
  let series = options.series;
  if (series === undefined) {
    if (seriesIds.size > 1) {
      throw new IndicatorInputError(indicator, [
        {
          field: 'series',
          value: undefined,
          reason: `the rows hold ${seriesIds.size} series (${list(seriesIds)}); choose one: their units differ and are never added`,
        },
      ]);
    }
    series = rows[0]!.seriesId;
  } else if (!seriesIds.has(series)) {
    throw new IndicatorInputError(indicator, [
      {
        field: 'series',
        value: series,
        reason: `unknown series; the rows hold: ${list(seriesIds)}`,
      },
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
      issues.push({
        field: `observations[${i}]`,
        value: {
          seriesId: row.seriesId,
          region: row.region,
          period: periodLabel(row),
          vintage: row.vintage,
        },
        reason: `duplicate: row ${rows.indexOf(kept)} has the same series, region, period and release`,
        code: 'duplicate-row',
        firstIndex: rows.indexOf(kept),
      });
      continue;
    }
    if (kept === undefined || row.vintage > kept.vintage) map.set(key, row);
  }
  if (!regions.has(options.region)) {
    issues.push({
      field: 'region',
      value: options.region,
      reason: `no rows for this region in ${series}; regions present: ${list(regions)}`,
    });
  } else if (months.size === 0 && years.size === 0) {
    issues.push({
      field: 'vintage',
      value: options.vintage,
      reason: `no release of ${series} for ${options.region} on or before this date; the earliest is ${earliestVintage}`,
    });
  }
  if (issues.length > 0) throw new IndicatorInputError(indicator, issues);
  return { series, region: options.region, vintage: options.vintage ?? null, months, years };
}

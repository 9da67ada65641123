import type { HomicideObservation } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import { extent } from '../internal/extent.js';
import { annualTotals } from './annual-totals.js';
import { backtestYears, errorRatios, meanAbsolutePercentageError } from './backtest.js';
import {
  formatYearMonth,
  monthIndex,
  monthOf,
  parseYearMonth,
  yearOf,
  type MonthIndex,
} from './periods.js';
import { compare, missingMonths } from './comparison.js';
import { projectYear } from './projection.js';
import { exceedsRecord, findRecord } from './record.js';
import { guardedRowIssues } from '../internal/validate.js';
import { isHomicideObservation } from './observation-guard.js';
import {
  latestIndex,
  selectOptionIssues,
  selectSeries,
  type ObservationCheck,
  type SeriesSelection,
} from './select-series.js';
import { projectionSettings } from './settings.js';
import type { HomicideTrend, HomicideTrendOptions, Projection } from './types.js';

/** The indicator's name in its errors, whichever entry checked the rows. */
const INDICATOR = 'homicideTrend';

/**
 * Fewest past errors behind an interval. The range of n exchangeable past errors holds the next
 * one with probability (n - 1) / (n + 1): below 4 years that is one chance in two or less.
 */
const MIN_INTERVAL_YEARS = 4;

function provenance(
  selection: SeriesSelection,
  asOf: MonthIndex,
): { sourceIds: string[]; vintagesUsed: string[] } {
  const sourceIds = new Set<string>();
  const vintages = new Set<string>();
  for (const [index, row] of selection.months) {
    if (index > asOf) continue;
    sourceIds.add(row.sourceId);
    vintages.add(row.vintage);
  }
  for (const [year, row] of selection.years) {
    if (monthIndex(year, 12) > asOf) continue;
    sourceIds.add(row.sourceId);
    vintages.add(row.vintage);
  }
  return { sourceIds: [...sourceIds].sort(), vintagesUsed: [...vintages].sort() };
}

/**
 * The first month of the selection that the year-to-date comparison can use with nothing missing
 * (January to that month, in its year and the year before), or `null` if there is none.
 */
function earliestComparable(selection: SeriesSelection): MonthIndex | null {
  const months = [...selection.months.keys()].sort((a, b) => a - b);
  return (
    months.find(
      (index) => missingMonths(selection, monthIndex(yearOf(index), 1), index).length === 0,
    ) ?? null
  );
}

/**
 * The problems of {@link homicideTrend}'s options alone (`asOf`, `region`, `vintage`, `series`,
 * `method`, `seasonalYears`), found before any row is read: a caller can check what a reader typed
 * before loading data. `asOf` is checked when given. `homicideTrend` reports the same issues,
 * with those of the rows.
 */
export function homicideTrendOptionIssues(
  options: Partial<HomicideTrendOptions>,
): IndicatorInputIssue[] {
  const issues: IndicatorInputIssue[] = [];
  // no options (null, as homicideTrend takes it) give none to check
  const opts = options ?? {};
  const { asOf } = opts;
  if (asOf !== undefined && (typeof asOf !== 'string' || parseYearMonth(asOf) === undefined))
    issues.push(inputIssue('not-year-month', ['asOf'], asOf, {}));
  projectionSettings(opts.method, opts.seasonalYears, issues);
  return [...issues, ...selectOptionIssues({ ...opts, region: opts.region ?? 'MX' })];
}

/**
 * {@link homicideTrend} for rows already known to be valid, such as `@usmx/data`'s own (validated
 * when the package is built), without zod: a page that charts them loads no schema code. Each row
 * still passes a fast structural check (never weaker than the schema); a row that fails it is an
 * `invalid-row` issue, which does not say which field is wrong: call {@link homicideTrend} on the
 * same rows for that. Everything else (options, selection, results, errors) is the same.
 *
 * @throws {IndicatorInputError} as {@link homicideTrend} does, with `invalid-row` in place of
 * zod's `schema` issues.
 */
export function homicideTrendOfValidRows(
  observations: readonly HomicideObservation[],
  options: HomicideTrendOptions,
): HomicideTrend {
  return trendOf(observations, options, guardChecked);
}

/** Every row through the fast guard alone (no zod): a rejected row is an `invalid-row` issue. */
const guardChecked: ObservationCheck = (observations) =>
  guardedRowIssues(observations, ['observations'], isHomicideObservation);

/** The trend, its rows checked by `checkRows`: what {@link homicideTrend} and {@link homicideTrendOfValidRows} share. */
export function trendOf(
  observations: readonly HomicideObservation[],
  options: HomicideTrendOptions,
  checkRows: ObservationCheck,
): HomicideTrend {
  const issues: IndicatorInputIssue[] = [];
  const given = options?.asOf;
  const asOf = typeof given === 'string' ? parseYearMonth(given) : undefined;
  if (given !== undefined && asOf === undefined)
    issues.push(inputIssue('not-year-month', ['asOf'], given, {}));
  const settings = projectionSettings(options?.method, options?.seasonalYears, issues);
  const region = options?.region ?? 'MX';
  const selection = selectSeries(
    INDICATOR,
    observations,
    { series: options?.series, region, vintage: options?.vintage },
    checkRows,
    issues,
  );
  const asOfIndex = asOf ?? latestIndex(selection);
  const year = yearOf(asOfIndex);
  const month = monthOf(asOfIndex);
  const totals = annualTotals(selection);
  const annual = [...totals.values()]
    .filter((row) => monthIndex(row.year, 12) <= asOfIndex)
    .sort((a, b) => a.year - b.year);
  const record = findRecord(totals, year);
  const result: HomicideTrend = {
    series: selection.series,
    region: selection.region,
    asOf: formatYearMonth(asOfIndex),
    vintage: selection.vintage,
    method: settings.method,
    ...provenance(selection, asOfIndex),
    ytd: null,
    rolling12: null,
    projection: null,
    record,
    exceedsRecord: null,
    annual,
    unavailable: {},
  };
  if (record === null) result.unavailable.record = `no complete year before ${year} in the data`;

  if (selection.months.size === 0) {
    // an annual series: it has years
    const [firstYear, lastYear] = extent(selection.years.keys())!;
    if (year < firstYear || year > lastYear + 1) {
      throw new IndicatorInputError(INDICATOR, [
        inputIssue('outside-years', ['asOf'], given, {
          series: selection.series,
          first: firstYear,
          last: lastYear,
          vintage: selection.vintage,
        }),
      ]);
    }
    const reason = `${selection.series} has annual rows only: there are no months to compare or project`;
    result.unavailable.ytd = reason;
    result.unavailable.rolling12 = reason;
    result.unavailable.projection = reason;
    result.unavailable.exceedsRecord = reason;
    return result;
  }

  const [first, last] = extent(selection.months.keys())!;
  if (asOfIndex < first || asOfIndex > last) {
    throw new IndicatorInputError(INDICATOR, [
      inputIssue('outside-months', ['asOf'], given, {
        series: selection.series,
        region: selection.region,
        first: formatYearMonth(first),
        last: formatYearMonth(last),
        vintage: selection.vintage,
      }),
    ]);
  }
  const ytdFrom = monthIndex(year, 1);
  const ytdGaps = missingMonths(selection, ytdFrom, asOfIndex);
  if (ytdGaps.length > 0) {
    const { series, region, vintage } = selection;
    const earliest = ytdGaps[0]! < first ? earliestComparable(selection) : null;
    throw new IndicatorInputError(
      INDICATOR,
      ytdGaps.map((index) =>
        index < first
          ? inputIssue('before-series-start', ['observations'], formatYearMonth(index), {
              series,
              region,
              first: formatYearMonth(first),
              earliest: earliest === null ? null : formatYearMonth(earliest),
              vintage,
            })
          : inputIssue('missing-month', ['observations'], formatYearMonth(index), {
              series,
              region,
              from: formatYearMonth(ytdFrom - 12),
              to: formatYearMonth(asOfIndex),
              vintage,
            }),
      ),
    );
  }
  result.ytd = compare(selection, ytdFrom, asOfIndex);

  const rollingGaps = missingMonths(selection, asOfIndex - 11, asOfIndex);
  if (rollingGaps.length === 0) result.rolling12 = compare(selection, asOfIndex - 11, asOfIndex);
  else {
    result.unavailable.rolling12 = `${rollingGaps.length} of the 24 months ${formatYearMonth(asOfIndex - 23)}..${formatYearMonth(asOfIndex)} are missing (first: ${formatYearMonth(rollingGaps[0]!)})`;
  }

  const projected = projectYear(selection, totals, year, month, settings);
  if (projected.value === null) {
    result.unavailable.projection = projected.reason;
    result.unavailable.exceedsRecord = `no projection: ${projected.reason}`;
    return result;
  }
  const pastYears = backtestYears(selection, totals, month, settings, year);
  const ratios = errorRatios(pastYears);
  const projection: Projection = {
    value: projected.value,
    low: null,
    high: null,
    method: settings.method,
    referenceYears: projected.referenceYears,
    backtest: {
      years: pastYears.map((row) => row.year),
      mape: meanAbsolutePercentageError(pastYears),
    },
  };
  if (ratios.length >= MIN_INTERVAL_YEARS) {
    const [low, high] = extent(ratios)!;
    projection.low = projected.value * low;
    projection.high = projected.value * high;
  } else {
    const n = ratios.length;
    projection.reason = `the interval needs at least ${MIN_INTERVAL_YEARS} earlier years projected the same way; found ${n}, and the range of n past errors covers the next year only (n - 1) / (n + 1) of the time`;
  }
  result.projection = projection;
  if (record === null) result.unavailable.exceedsRecord = 'no record to beat';
  else result.exceedsRecord = exceedsRecord(record, projection, projected.ytd, ratios, month);
  return result;
}

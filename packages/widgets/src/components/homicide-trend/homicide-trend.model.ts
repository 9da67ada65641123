import type { HomicideTrend } from '@usmx/indicators/homicide-trend';
import { WidgetError } from '../../internal/errors.js';
import { formatMonthSpan, formatNumber, formatPercent, type Locale } from '../../internal/i18n.js';
import type { SourceRef, WidgetModel } from '../../internal/model.js';
import { homicideTrendWords } from '../../locales/words.js';

/** What one unit of a series counts. */
export type HomicideUnit = 'deaths' | 'victims' | 'incidents';

/** `count`: totals in the series' unit; `rate`: per 100,000 people. */
export type Measure = 'count' | 'rate';

/** One complete year. */
export interface TrendBar {
  readonly year: number;
  readonly value: number;
  readonly isRecord: boolean;
}

/** The `asOf` year: what is known so far and, where the indicator gives one, the full-year projection. */
export interface CurrentYear {
  readonly year: number;
  /** Months January to `lastMonth` are known. */
  readonly lastMonth: number;
  readonly ytd: number;
  readonly projection: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/** Everything `<usmx-homicide-trend>` draws, in the chosen measure. */
export interface HomicideTrendModel extends WidgetModel {
  readonly bars: readonly TrendBar[];
  readonly current: CurrentYear | null;
  /** The highest complete year up to as-of, and the first complete year it is compared with. */
  readonly record: { readonly year: number; readonly value: number; readonly since: number } | null;
  readonly unitLabel: string;
  /** Decimals shown for values: 0 for counts, 1 for rates. */
  readonly digits: number;
}

/** What the model needs besides the indicator result. */
export interface HomicideTrendContext {
  readonly locale: Locale;
  readonly measure: Measure;
  readonly from?: number;
  readonly to?: number;
  readonly seriesTitle?: { readonly en: string; readonly es: string };
  readonly unit?: HomicideUnit;
  /** The series' method: SESNSP's 1997-2017 case files are `averiguaciones previas` in Spanish. */
  readonly methodology?: string;
  readonly regionName: string;
  readonly sources: readonly SourceRef[];
  /** Mean population of the `asOf` year's known months, for rates; absent where the source gives none. */
  readonly currentPopulation?: number;
}

/** Turns a {@link HomicideTrend} result into the widget's text, table and marks. */
export function homicideTrendModel(
  result: HomicideTrend,
  context: HomicideTrendContext,
): HomicideTrendModel {
  const { locale, measure } = context;
  const t = homicideTrendWords(locale.lang);
  const digits = measure === 'rate' ? 1 : 0;
  const unit =
    context.unit === 'incidents' && context.methodology === 'sesnsp-1997'
      ? t.oldCaseFiles
      : t.units[context.unit ?? 'deaths'];
  const unitLabel = measure === 'rate' ? `${unit} ${t.perHundredThousand}` : unit;
  const fmt = (value: number) => formatNumber(locale.locale, value, digits);
  // a rate needs its unit in the sentence ("20.4 per 100,000 people"); a count has it already
  const fmtInSentence = (value: number) =>
    measure === 'rate' ? `${fmt(value)} ${t.perHundredThousand}` : fmt(value);

  // no population, or one outside the indicator's plausible range: no rate
  if (measure === 'rate' && result.annual.some((row) => typeof row.ratePer100k !== 'number')) {
    throw new WidgetError('invalid-attribute', t.noRate, [
      { column: 'measure', value: 'rate', reason: t.noRate },
    ]);
  }
  const valueOf = (row: HomicideTrend['annual'][number]) =>
    measure === 'rate' ? (row.ratePer100k ?? 0) : row.count;
  const perCapita = (count: number | null) =>
    count === null
      ? null
      : measure === 'count'
        ? count
        : context.currentPopulation
          ? (count / context.currentPopulation) * 100_000
          : null;

  const [asOfYear, asOfMonth] = result.asOf.split('-').map(Number) as [number, number];
  const inWindow = (year: number) =>
    (context.from === undefined || year >= context.from) &&
    (context.to === undefined || year <= context.to);
  // The record in the measure shown, among the complete years up to as-of, that year included
  // when it is complete (the indicator's record counts only the years before it, and in counts).
  // A series that starts in 2015 has no all-time record: the record names its first year.
  const complete = result.annual.filter((row) => row.year <= asOfYear);
  const since = Math.min(...complete.map((row) => row.year));
  const record = complete.reduce<{ year: number; value: number; since: number } | null>(
    (best, row) => {
      const value = valueOf(row);
      return best === null || value > best.value ? { year: row.year, value, since } : best;
    },
    null,
  );
  const bars: TrendBar[] = result.annual
    .filter((row) => inWindow(row.year))
    .map((row) => ({ year: row.year, value: valueOf(row), isRecord: row.year === record?.year }));

  const yearIsComplete = result.annual.some((row) => row.year === asOfYear);
  const current: CurrentYear | null =
    !yearIsComplete && result.ytd && inWindow(asOfYear)
      ? {
          year: asOfYear,
          lastMonth: asOfMonth,
          ytd: perCapita(result.ytd.current) ?? Number.NaN,
          projection: perCapita(result.projection?.value ?? null),
          low: perCapita(result.projection?.low ?? null),
          high: perCapita(result.projection?.high ?? null),
        }
      : null;
  const currentUsable = current && Number.isFinite(current.ytd) ? current : null;

  if (bars.length === 0 && !currentUsable) {
    const years = [...result.annual.map((row) => row.year), ...(result.ytd ? [asOfYear] : [])];
    const covered = years.length > 0 ? `${Math.min(...years)}-${Math.max(...years)}` : '';
    const window = context.from ?? context.to;
    throw new WidgetError(
      'empty',
      t.empty,
      window !== undefined && covered
        ? [
            {
              column: context.from !== undefined ? 'from' : 'to',
              value: window,
              reason: t.outsideYears(covered),
            },
          ]
        : [],
    );
  }

  const title = `${context.regionName}: ${context.seriesTitle?.[locale.lang] ?? t.fallbackTitle}`;
  // January to December is the year itself, compared with the year before as a whole
  const wholeYear = result.ytd?.from.endsWith('-01') === true && result.ytd.to.endsWith('-12');
  const span = wholeYear
    ? String(asOfYear)
    : result.ytd
      ? formatMonthSpan(
          locale.locale,
          asOfYear,
          Number(result.ytd.from.slice(5)),
          Number(result.ytd.to.slice(5)),
        )
      : '';
  const change = result.ytd?.changePct ?? null;
  const callout =
    result.ytd && change !== null
      ? t.callout(span, formatPercent(locale.locale, change, { signed: true }), asOfYear - 1)
      : undefined;

  let summary: string;
  if (result.ytd && change !== null) {
    summary = t.ytdSummary({
      region: context.regionName,
      unit,
      span,
      change: formatPercent(locale.locale, change, { signed: true }),
      previousYear: asOfYear - 1,
      wholeYear,
    });
  } else {
    // the last complete year, or (a series that starts this year) the months so far
    const last = bars.at(-1);
    summary = last
      ? t.annualSummary(context.regionName, unitLabel, String(last.year), fmt(last.value))
      : t.annualSummary(
          context.regionName,
          unitLabel,
          span,
          fmt((currentUsable as CurrentYear).ytd),
        );
  }
  if (currentUsable?.projection != null) {
    summary += t.projectionClause({
      year: currentUsable.year,
      value: fmtInSentence(currentUsable.projection),
      interval:
        currentUsable.low != null && currentUsable.high != null
          ? t.interval(fmt(currentUsable.low), fmt(currentUsable.high))
          : null,
      record: record
        ? { year: record.year, value: fmtInSentence(record.value), since: record.since }
        : null,
      above: record ? currentUsable.projection > record.value : false,
    });
  } else if (record) {
    summary += t.recordClause(record.year, fmtInSentence(record.value), record.since);
  }
  summary += '.';

  const valueKey = measure === 'rate' ? 'rate_per_100k' : 'count';
  const rows: Record<string, string | number | null>[] = bars.map((bar) => ({
    year: String(bar.year),
    [valueKey]: roundTo(bar.value, digits),
    projection_low: null,
    projection_high: null,
    note: bar.isRecord && record ? t.record(record.since) : '',
  }));
  if (currentUsable) {
    rows.push({
      year: `${currentUsable.year}`,
      [valueKey]: roundTo(currentUsable.ytd, digits),
      projection_low: null,
      projection_high: null,
      note: t.ytd(span),
    });
    if (currentUsable.projection !== null) {
      rows.push({
        year: `${currentUsable.year}`,
        [valueKey]: roundTo(currentUsable.projection, digits),
        projection_low: currentUsable.low === null ? null : roundTo(currentUsable.low, digits),
        projection_high: currentUsable.high === null ? null : roundTo(currentUsable.high, digits),
        note: t.projection,
      });
    }
  }

  return {
    title,
    summary,
    ...(callout ? { callout } : {}),
    sources: context.sources,
    citation: t.citation(title, result.region, result.asOf, result.vintage),
    table: {
      columns: [
        { key: 'year', label: t.year },
        { key: valueKey, label: t.value(unitLabel), numeric: true },
        { key: 'projection_low', label: t.low, numeric: true },
        { key: 'projection_high', label: t.high, numeric: true },
        { key: 'note', label: t.note },
      ],
      rows,
    },
    tableCaption: t.tableCaption(title),
    fileName: `usmx-${result.series}-${result.region}-${result.asOf}-${measure}`,
    bars,
    current: currentUsable,
    record,
    unitLabel,
    digits,
  };
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

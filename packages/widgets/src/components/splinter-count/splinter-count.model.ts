import type {
  NamedSplinterRule,
  PublishedCountPoint,
  PublishedCounts,
  SplinterCount,
} from '@usmx/indicators/splinter-count';
import { WidgetError } from '../../internal/errors.js';
import { formatNumber, type Locale } from '../../internal/i18n.js';
import type { SourceRef, WidgetModel } from '../../internal/model.js';
import { splinterCountWords } from '../../locales/words.js';

/** A published count, with its unit and who counted, in the widget's language. */
export interface PublishedMark {
  readonly unit: string;
  readonly countedBy: string;
  readonly point: PublishedCountPoint;
}

/** Everything `<usmx-splinter-count>` draws. */
export interface SplinterCountModel extends WidgetModel {
  readonly rule: NamedSplinterRule;
  /** The rules a reader can switch to, in the order the control offers them. */
  readonly rules: readonly NamedSplinterRule[];
  readonly ruleLabel: string;
  /** Years with a count under the rule. */
  readonly counted: readonly { readonly year: number; readonly count: number }[];
  readonly published: readonly PublishedMark[];
  readonly from: number;
  readonly to: number;
}

export interface SplinterCountContext {
  readonly locale: Locale;
  /** Units of the published counts in the widget's language, by unit, where they differ. */
  readonly units: ReadonlyMap<string, string>;
  /** Counting bodies of the published counts in the widget's language, by counting body, where they differ. */
  readonly countingBodies: ReadonlyMap<string, string>;
  readonly rule: NamedSplinterRule;
  /** The rules a reader can switch to (`SPLINTER_RULES` of the indicator). */
  readonly rules: readonly NamedSplinterRule[];
  readonly from: number;
  readonly to: number;
  /** The one year the rule describes, when it is a published list. */
  readonly listYear: number | undefined;
  readonly sources: readonly SourceRef[];
}

/** `2014`, or `2009-2020` for a count over a span of years. */
export function countYears(point: PublishedCountPoint): string {
  return point.refYearTo !== undefined && point.refYearTo !== point.refYear
    ? `${point.refYear}-${point.refYearTo}`
    : String(point.refYear);
}

/** Turns the computed count and the published counts into the widget's text, table and marks. */
export function splinterCountModel(
  count: SplinterCount,
  published: PublishedCounts,
  context: SplinterCountContext,
): SplinterCountModel {
  const { locale, rule, from, to } = context;
  const t = splinterCountWords(locale.lang);
  const fmt = (n: number) => formatNumber(locale.locale, n);
  const ruleLabel = t.rules[rule];
  const counted = count.years.flatMap((y) =>
    y.count === null ? [] : [{ year: y.year, count: y.count }],
  );
  // every year counts under the lineage rules; a published list only in the year it describes
  if (counted.length === 0 && context.listYear !== undefined)
    throw listOutsideError(context, context.listYear);
  const marks: PublishedMark[] = published.series
    .flatMap((series) => {
      const unit = context.units.get(series.unit) ?? series.unit;
      return series.points.map((point) => ({
        unit,
        countedBy: context.countingBodies.get(point.countingBody) ?? point.countingBody,
        point,
      }));
    })
    .filter(({ point }) => (point.refYearTo ?? point.refYear) >= from && point.refYear <= to)
    .sort((a, b) => a.point.refYear - b.point.refYear || a.point.id.localeCompare(b.point.id));
  const units = new Set(marks.map((m) => m.unit)).size;

  const first = counted[0] as { year: number; count: number };
  const last = counted.at(-1) as { year: number; count: number };
  const ends = [
    { year: first.year, n: first.count, count: fmt(first.count) },
    { year: last.year, n: last.count, count: fmt(last.count) },
  ] as const;
  const single = counted.length === 1;
  const summary = single
    ? t.summaryList(ruleLabel, first.year, first.count, fmt(first.count), marks.length, units)
    : t.summarySeries(ruleLabel, ends[0], ends[1], marks.length, units);

  return {
    title: t.title,
    summary,
    ...(single ? {} : { callout: t.callout(ends[0], ends[1]) }),
    sources: context.sources,
    citation: t.citation(ruleLabel, from, to),
    table: {
      columns: [
        { key: 'year', label: t.year },
        { key: 'kind', label: t.kind },
        { key: 'count_low', label: t.low, numeric: true },
        { key: 'count_high', label: t.high, numeric: true },
        { key: 'unit', label: t.unit },
        { key: 'counted_by', label: t.countedBy },
        { key: 'source_id', label: t.source },
      ],
      rows: [
        ...counted.map((c) => ({
          year: String(c.year),
          kind: t.computed,
          count_low: c.count,
          count_high: c.count,
          unit: `${t.organizations} (${ruleLabel})`,
          counted_by: t.usmx,
          source_id: '',
        })),
        ...marks.map(({ unit, countedBy, point }) => ({
          year: countYears(point),
          kind: t.published,
          count_low: point.low,
          count_high: point.high,
          unit,
          counted_by: countedBy,
          source_id: point.sourceId,
        })),
      ],
    },
    tableCaption: t.tableCaption,
    fileName: `usmx-splinter-count-${rule}-${from}-${to}`,
    rule,
    rules: context.rules,
    ruleLabel,
    counted,
    published: marks,
    from,
    to,
  };
}

/**
 * Why no year has a count: the rule is a published list, which describes one year (`listYear`),
 * and `from`-`to` leaves it out; the error names the end to move.
 */
function listOutsideError(
  { locale, rule, from, to }: SplinterCountContext,
  listYear: number,
): WidgetError {
  const t = splinterCountWords(locale.lang);
  const [column, value] = listYear < from ? ['from', from] : ['to', to];
  return new WidgetError('empty', t.listOutside(t.rules[rule], listYear, from, to), [
    { column, value, reason: t.listYearOnly(listYear) },
  ]);
}

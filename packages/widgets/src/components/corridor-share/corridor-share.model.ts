import type {
  BalloonEffect,
  CorridorPoint,
  CorridorShare,
  CorridorYear,
} from '@usmx/indicators/corridor-share';
import { formatNumber, formatPercent, type Lang, type Locale } from '../../internal/i18n.js';
import type { SourceRef, WidgetModel } from '../../internal/model.js';
import { corridorShareWords } from '../../locales/words.js';

/** The two routes the widget compares. */
export type RouteKey = 'corridor' | 'caribbean';

/** One source's figure, placed beside the other figures of its year and route. */
export interface CorridorMark {
  readonly route: RouteKey;
  readonly point: CorridorPoint;
  /** Position among the figures of the same year and route (0-based) and how many there are. */
  readonly index: number;
  readonly count: number;
}

/** Everything `<usmx-corridor-share>` draws. */
export interface CorridorShareModel extends WidgetModel {
  readonly marks: readonly CorridorMark[];
  readonly firstYear: number;
  readonly lastYear: number;
  readonly window: { readonly from: number; readonly to: number };
  readonly swing: { readonly from: number; readonly to: number } | null;
  readonly routeLabels: Readonly<Record<RouteKey, string>>;
}

export interface CorridorShareContext {
  readonly locale: Locale;
  readonly sources: readonly SourceRef[];
}

/** Turns the corridor and Caribbean shares and the balloon test into the widget's text, table and marks. */
export function corridorShareModel(
  corridor: CorridorShare,
  caribbean: CorridorShare,
  balloon: BalloonEffect,
  { locale, sources }: CorridorShareContext,
): CorridorShareModel {
  const t = corridorShareWords(locale.lang);
  const pct = (value: number) => formatPercent(locale.locale, value, { digits: 0 });
  const range = (year: CorridorYear | null) =>
    year
      ? year.low === year.high
        ? pct(year.low)
        : `${pct(year.low)}-${pct(year.high)}`
      : undefined;
  // a change in points, signed, so a range across zero reads "-11 to +2"
  const signed = (value: number) => `${value > 0 ? '+' : ''}${formatNumber(locale.locale, value)}`;
  const pp = (change: { low: number; high: number }) =>
    change.low === change.high
      ? signed(change.low)
      : t.pointsRange(signed(change.low), signed(change.high));

  const marks: CorridorMark[] = [];
  for (const [route, share] of [
    ['corridor', corridor],
    ['caribbean', caribbean],
  ] as const) {
    for (const year of share.years) {
      year.points.forEach((point, index) =>
        marks.push({ route, point, index, count: year.points.length }),
      );
    }
    // figures for a span of years (2014/2015) are drawn between those years, apart from the yearly ones
    for (const point of share.spans) marks.push({ route, point, index: 0, count: 1 });
  }
  marks.sort(
    (a, b) =>
      midYear(a.point) - midYear(b.point) ||
      (a.route === b.route ? a.index - b.index : a.route === 'corridor' ? -1 : 1),
  );
  const years = marks.map((mark) => mark.point.refYear);

  const end = balloon.endToEnd;
  const change = (route: RouteKey) =>
    t.shareChange(
      t.whose[route],
      balloon.from,
      balloon.to,
      range(end[route].from),
      range(end[route].to),
    );
  let summary = t.endToEnd(
    balloon.from,
    balloon.to,
    change('corridor'),
    change('caribbean'),
    t.verdict[end.balloon],
  );
  const swing = balloon.largestSwing;
  const showSwing =
    swing &&
    balloon.windowDependent &&
    swing.caribbean.changePp &&
    (swing.fromYear !== balloon.from || swing.toYear !== balloon.to);
  // with no end-to-end answer, the swing is not a second opinion but the only one
  if (showSwing && swing.caribbean.changePp)
    summary += (end.balloon === 'unknown' ? t.otherYears : t.swing)(
      swing.fromYear,
      swing.toYear,
      pp(swing.caribbean.changePp),
      t.verdict[swing.balloon],
    );
  summary += '.';
  const callout = [
    t.callout(balloon.from, balloon.to, t.verdict[end.balloon]),
    ...(showSwing ? [t.callout(swing.fromYear, swing.toYear, t.verdict[swing.balloon])] : []),
  ].join(' · ');
  const routeLabels = { corridor: t.corridor, caribbean: t.caribbean };

  return {
    title: t.title,
    summary,
    callout,
    sources,
    citation: t.citation(
      balloon.from,
      balloon.to,
      formatNumber(locale.locale, balloon.thresholdPp),
    ),
    table: {
      columns: [
        { key: 'year', label: t.year },
        { key: 'route', label: t.route },
        { key: 'low', label: t.low, numeric: true },
        { key: 'high', label: t.high, numeric: true },
        { key: 'period', label: t.period },
        { key: 'wording', label: t.wording },
        { key: 'reported_by', label: t.reportedBy },
        { key: 'source_id', label: t.source },
      ],
      rows: marks.map(({ route, point }) => ({
        year: yearLabel(point),
        route: routeLabels[route],
        low: point.low,
        high: point.high,
        period: periodLabel(point, locale.lang),
        wording: point.text,
        reported_by: reportedByLabel(point, locale.lang),
        source_id: point.sourceId,
      })),
    },
    tableCaption: t.tableCaption,
    fileName: `usmx-corridor-share-${balloon.from}-${balloon.to}`,
    marks,
    firstYear: Math.min(balloon.from, ...years),
    lastYear: Math.max(balloon.to, ...years),
    window: { from: balloon.from, to: balloon.to },
    swing: showSwing ? { from: swing.fromYear, to: swing.toYear } : null,
    routeLabels,
  };
}

/** The middle of the years a figure refers to (its year, or the middle of a span). */
export function midYear(point: CorridorPoint): number {
  return (point.refYear + (point.refYearTo ?? point.refYear)) / 2;
}

/** Whether a figure is for two or more years (2014/2015), drawn hollow between them. */
export function isSpan(point: CorridorPoint): boolean {
  return midYear(point) !== point.refYear;
}

/** The period of a figure in `lang`: the Spanish rendering where the row gives one. */
export function periodLabel(point: CorridorPoint, lang: Lang): string {
  return lang === 'es' ? (point.period.es ?? point.period.en) : point.period.en;
}

/** Who reported a figure, in `lang`: the Spanish rendering where the row gives one. */
export function reportedByLabel(point: CorridorPoint, lang: Lang): string {
  return lang === 'es' ? (point.reportedBy.es ?? point.reportedBy.en) : point.reportedBy.en;
}

/** `2014`, or `2014/2015` for a figure about a span of years. */
export function yearLabel(point: CorridorPoint): string {
  return point.refYearTo !== undefined && point.refYearTo !== point.refYear
    ? `${point.refYear}/${point.refYearTo}`
    : String(point.refYear);
}

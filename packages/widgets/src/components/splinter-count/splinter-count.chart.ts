import { svg, type SVGTemplateResult } from 'lit';
import { axisBottom, axisLeft, thinTicks } from '../../internal/axis.js';
import { formatNumber, type Lang, type Locale } from '../../internal/i18n.js';
import { legend, rangeSwatch, type LegendItem } from '../../internal/legend.js';
import { dot, interval, linePath, px } from '../../internal/marks.js';
import type { ChartLayout, ChartPoint } from '../../internal/model.js';
import { linearScale, logScale, logTicks } from '../../internal/scale.js';
import { countYears, type SplinterCountModel } from './splinter-count.model.js';
import { splinterCountWords } from '../../locales/words.js';

/** Half the diagonal of a published count's diamond: its sides pass 4.24 px from its centre. */
const DIAMOND = 6;
/**
 * Radius of a counted year's dot: with its ring it fits inside a diamond's outline (1.5 px wide, so
 * from 3.49 px of the centre out) instead of filling it.
 */
const DOT_RADIUS = 2.5;
/**
 * Radius of the disc of background colour under each counted dot, above the published marks: where
 * a dot lies on a diamond (the same number in the same year), a ring of background parts the two
 * and the diamond's whole outline shows all round the dot.
 */
const HALO_RADIUS = 3.25;

/** A published count's diamond, centred on (`cx`, `cy`), 12 px corner to corner. */
function diamond(cx: number, cy: number, className: string): SVGTemplateResult {
  return svg`<path class=${className} d=${`M${px(cx)},${px(cy - DIAMOND)}L${px(cx + DIAMOND)},${px(cy)}L${px(cx)},${px(cy + DIAMOND)}L${px(cx - DIAMOND)},${px(cy)}Z`}></path>`;
}

/**
 * The legend's entries, each swatch drawn as its mark: the counted line of dots and, only when the
 * chart draws them, a published count's diamond, the line across the years one count covers and
 * the bar from the low to the high end of one count.
 */
function legendItems(model: SplinterCountModel, lang: Lang): LegendItem[] {
  const t = splinterCountWords(lang);
  const points = model.published.map((m) => m.point);
  return [
    {
      label: t.computed,
      swatch: svg`<path class="counted-line" d="M-1,-4H11"></path>${dot(5, -4, DOT_RADIUS, 'counted')}`,
    },
    ...(points.length > 0 ? [{ label: t.published, swatch: diamond(5, -4, 'published') }] : []),
    ...(points.some((p) => (p.refYearTo ?? p.refYear) > p.refYear)
      ? [
          {
            label: t.publishedSpan,
            swatch: svg`<path class="published-span" d="M-1,-4H11"></path>`,
          },
        ]
      : []),
    ...(points.some((p) => p.low !== p.high)
      ? [{ label: t.publishedRange, swatch: rangeSwatch('published-range') }]
      : []),
  ];
}

/**
 * Lays out the count under the rule as a line of dots, and every published count as its own mark
 * (a diamond, a range, or a bar across the years it covers) on a log axis, since counts of cells
 * and of cartels differ by two orders of magnitude. The dots are drawn above the published marks,
 * each on a disc of the background colour, so a dot stays apart from a diamond it lies on.
 */
export function splinterCountLayout(
  model: SplinterCountModel,
  width: number,
  locale: Locale,
): ChartLayout {
  const t = splinterCountWords(locale.lang);
  const fmt = (n: number) => formatNumber(locale.locale, n);
  const margin = { top: 40, right: 12, bottom: 26, left: 40 };
  const key = legend(
    legendItems(model, locale.lang),
    margin.left,
    30,
    width - margin.left - margin.right,
  );
  margin.top += key.height;
  const height = Math.round(Math.min(400, Math.max(260, width * 0.55))) + key.height;
  const max = Math.max(
    10,
    ...model.counted.map((c) => c.count),
    ...model.published.map((m) => m.point.high),
  );
  const yMax = 10 ** Math.ceil(Math.log10(max));
  const x = linearScale([model.from - 0.5, model.to + 0.5], [margin.left, width - margin.right]);
  const y = logScale([1, yMax], [height - margin.bottom, margin.top]);
  const years = Array.from({ length: model.to - model.from + 1 }, (_, i) => model.from + i);
  const xTicks = thinTicks(years.map((year) => ({ at: x(year), label: String(year) })));
  const yTicks = logTicks(1, yMax).map((value) => ({ at: y(value), label: fmt(value) }));

  const points: ChartPoint[] = [];
  // a log axis has no place for 0: years with none are left out (the line breaks there) and stay
  // in the table
  const drawable = model.counted.filter((c) => c.count > 0);
  const byYear = new Map(drawable.map((c) => [c.year, c.count]));
  const line = linePath(
    years.map((year) =>
      byYear.has(year) ? ([x(year), y(byYear.get(year) as number)] as const) : null,
    ),
  );
  const halos = drawable.map((c) => dot(x(c.year), y(c.count), HALO_RADIUS, 'halo'));
  const counted = drawable.map((c) => {
    points.push({
      x: x(c.year),
      y: y(c.count),
      lines: [String(c.year), t.countOrganizations(c.count, fmt(c.count)), model.ruleLabel],
      announcement: t.announceComputed(c.year, c.count, fmt(c.count), model.ruleLabel),
    });
    return dot(x(c.year), y(c.count), DOT_RADIUS, 'mark counted');
  });

  const published = model.published.map(({ unit, countedBy, point }) => {
    // a count over years that run past the chart is drawn over the years it shows
    const x0 = x(Math.max(point.refYear, model.from - 0.5));
    const x1 = x(Math.min(point.refYearTo ?? point.refYear, model.to + 0.5));
    const cx = (x0 + x1) / 2;
    const value =
      point.low === point.high ? fmt(point.low) : `${fmt(point.low)}-${fmt(point.high)}`;
    points.push({
      x: cx,
      y: y(point.high),
      lines: [countYears(point), `${value} ${unit}`, countedBy],
      announcement: t.announcePublished(countYears(point), value, unit, countedBy),
    });
    const yl = y(point.low);
    const yh = y(point.high);
    const mark = (cy: number) => diamond(cx, cy, 'mark published');
    return svg`<g class="figure">${x1 > x0 ? svg`<path class="mark published-span" d=${`M${px(x0)},${px(yl)}H${px(x1)}`}></path>` : ''}${
      point.low === point.high
        ? mark(yl)
        : svg`${interval(cx, yl, yh, 8, 'mark published-range')}${mark(yl)}${mark(yh)}`
    }</g>`;
  });

  points.sort((a, b) => a.x - b.x);
  return {
    width,
    height,
    points,
    marks: svg`
      ${axisLeft(yTicks, margin.left, width - margin.right, t.axis)}
      <g class="published-marks">${published}</g>
      <g class="counted-halos">${halos}</g>
      <path class="mark counted-line" d=${line}></path>
      <g class="counted-marks">${counted}</g>
      ${axisBottom(xTicks, height - margin.bottom, margin.left, width - margin.right)}
      ${key.marks}`,
  };
}

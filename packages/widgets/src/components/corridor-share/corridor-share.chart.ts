import { nothing, svg } from 'lit';
import { axisBottom, axisLeft, thinTicks } from '../../internal/axis.js';
import { formatPercent, type Locale } from '../../internal/i18n.js';
import { boxSwatch, LEGEND_LINE, legend } from '../../internal/legend.js';
import { dot, interval, px, rect } from '../../internal/marks.js';
import type { ChartLayout, ChartPoint } from '../../internal/model.js';
import { linearScale } from '../../internal/scale.js';
import {
  isSpan,
  midYear,
  periodLabel,
  reportedByLabel,
  yearLabel,
  type CorridorShareModel,
} from './corridor-share.model.js';
import { corridorShareWords } from '../../locales/words.js';

/**
 * Lays out every source's figure (a dot, or a range when the source gives one) by year on a 0-100%
 * axis, the verdict window shaded and the largest swing marked.
 */
export function corridorShareLayout(
  model: CorridorShareModel,
  width: number,
  locale: Locale,
): ChartLayout {
  const t = corridorShareWords(locale.lang);
  const pct = (value: number) => formatPercent(locale.locale, value, { digits: 0 });
  const margin = { top: 40, right: 12, bottom: 26, left: 44 };
  const key = legend(
    [
      { label: model.routeLabels.corridor, className: 'corridor' },
      { label: model.routeLabels.caribbean, className: 'caribbean' },
      // figures over several years are hollow
      ...(model.marks.some(({ point }) => isSpan(point))
        ? [{ label: t.spanFigure, className: 'span' }]
        : []),
      ...(model.marks.some(({ point }) => point.low !== point.high)
        ? [{ label: t.rangeFigure, swatch: interval(5, -10, 2, 7, 'range swatch-range') }]
        : []),
      {
        label: t.windowKey(model.window.from, model.window.to),
        swatch: boxSwatch('window swatch-window'),
      },
    ],
    margin.left,
    14,
    width - margin.left - margin.right,
  );
  margin.top += key.height - LEGEND_LINE;
  const height = Math.round(Math.min(380, Math.max(240, width * 0.5))) + key.height - LEGEND_LINE;
  const x = linearScale(
    [model.firstYear - 0.5, model.lastYear + 0.5],
    [margin.left, width - margin.right],
  );
  const y = linearScale([0, 100], [height - margin.bottom, margin.top]);
  const step = x(1) - x(0);
  const years = Array.from(
    { length: model.lastYear - model.firstYear + 1 },
    (_, i) => model.firstYear + i,
  );
  const xTicks = thinTicks(years.map((year) => ({ at: x(year), label: String(year) })));
  const yTicks = [0, 20, 40, 60, 80, 100].map((value) => ({ at: y(value), label: pct(value) }));

  const points: ChartPoint[] = [];
  const marks = model.marks.map((mark) => {
    const spread = Math.min(step * 0.7, mark.count * 9);
    const cx =
      x(midYear(mark.point)) +
      (mark.count > 1 ? (mark.index / (mark.count - 1) - 0.5) * spread : 0);
    const { low, high } = mark.point;
    const value = low === high ? pct(low) : `${pct(low)}-${pct(high)}`;
    points.push({
      x: cx,
      y: y(high),
      lines: [
        `${yearLabel(mark.point)} · ${model.routeLabels[mark.route]}`,
        value,
        reportedByLabel(mark.point, locale.lang),
        periodLabel(mark.point, locale.lang),
      ],
      announcement: t.announce(
        yearLabel(mark.point),
        model.routeLabels[mark.route],
        value,
        reportedByLabel(mark.point, locale.lang),
        periodLabel(mark.point, locale.lang),
      ),
    });
    const span = isSpan(mark.point) ? ' span' : '';
    return svg`<g class=${`figure ${mark.route}${span}`}>${
      low === high
        ? dot(cx, y(low), 4.5, `mark point ${mark.route}`)
        : svg`${interval(cx, y(low), y(high), 7, `mark range ${mark.route}`)}${dot(cx, y(low), 2.5, `mark point ${mark.route}`)}${dot(cx, y(high), 2.5, `mark point ${mark.route}`)}`
    }</g>`;
  });

  const shade = rect(
    x(model.window.from - 0.5),
    y(100),
    x(model.window.to + 0.5) - x(model.window.from - 0.5),
    y(0) - y(100),
    'window',
  );
  const swing = model.swing
    ? svg`<g class="swing">
        <path class="swing-line" d=${`M${px(x(model.swing.from))},${px(y(0))}V${px(y(100))}M${px(x(model.swing.to))},${px(y(0))}V${px(y(100))}`}></path>
        <text class="label" x=${px((x(model.swing.from) + x(model.swing.to)) / 2)} y=${px(y(100) - 4)} text-anchor="middle">${t.swingLabel}</text>
      </g>`
    : nothing;

  return {
    width,
    height,
    points,
    marks: svg`
      ${shade}
      ${axisLeft(yTicks, margin.left, width - margin.right)}
      ${swing}
      <g class="marks">${marks}</g>
      ${axisBottom(xTicks, y(0), margin.left, width - margin.right)}
      ${key.marks}`,
  };
}

import { nothing, svg } from 'lit';
import { axisBottom, axisLeft, thinTicks } from '../../internal/axis.js';
import { formatMonthSpan, formatNumber, type Locale } from '../../internal/i18n.js';
import { boxSwatch, legend, rangeSwatch, type LegendItem } from '../../internal/legend.js';
import { boxesPath, interval, px, rect } from '../../internal/marks.js';
import type { ChartLayout, ChartPoint } from '../../internal/model.js';
import { widestText } from '../../internal/text-fit.js';
import { bandScale, linearScale, niceDomain, niceTicks } from '../../internal/scale.js';
import type { HomicideTrendModel } from './homicide-trend.model.js';
import { homicideTrendWords } from '../../locales/words.js';

/**
 * The legend's entries for the marks the chart draws: complete years, the record year, and the
 * current year's months so far, projection and likely range. `ytd` names the months so far.
 */
function legendItems(model: HomicideTrendModel, locale: Locale, ytd: string): LegendItem[] {
  const t = homicideTrendWords(locale.lang);
  const current = model.current;
  return [
    ...(model.bars.some((bar) => !bar.isRecord)
      ? [{ label: t.completeYears, swatch: boxSwatch('bar') }]
      : []),
    ...(model.record && model.bars.some((bar) => bar.isRecord)
      ? [{ label: t.recordYear(model.record.since), swatch: boxSwatch('bar record') }]
      : []),
    ...(current ? [{ label: ytd, swatch: boxSwatch('bar ytd') }] : []),
    ...(current && current.projection !== null
      ? [{ label: t.fullYear, swatch: boxSwatch('projection') }]
      : []),
    ...(current && current.low !== null && current.high !== null
      ? [{ label: t.likelyRange, swatch: rangeSwatch('interval') }]
      : []),
  ];
}

/**
 * Lays out annual bars, the current year's year-to-date bar with its projection and interval, and
 * the record line, for a chart `width` pixels wide.
 */
export function homicideTrendLayout(
  model: HomicideTrendModel,
  width: number,
  locale: Locale,
): ChartLayout {
  const t = homicideTrendWords(locale.lang);
  const fmt = (value: number) => formatNumber(locale.locale, value, model.digits);
  const current = model.current;
  const plotHeight = Math.round(Math.min(400, Math.max(220, width * 0.5)));
  const years = [...model.bars.map((bar) => bar.year), ...(current ? [current.year] : [])];
  const maxValue = Math.max(
    0,
    ...model.bars.map((bar) => bar.value),
    current?.ytd ?? 0,
    current?.projection ?? 0,
    current?.high ?? 0,
  );
  const [, yMax] = niceDomain(0, maxValue, 5);
  const tickValues = niceTicks(0, yMax, Math.max(3, Math.round(plotHeight / 60)));
  const tickLabels = tickValues.map((value) => fmt(value));
  const left = widestText(tickLabels) + 12;
  const ytdNote = current
    ? t.ytd(formatMonthSpan(locale.locale, current.year, 1, current.lastMonth))
    : '';
  const items = legendItems(model, locale, ytdNote);
  // the unit's title above the top tick, and between them the legend when marks differ, far
  // enough above the top tick for a record label there
  const key = items.length > 1 ? legend(items, left, 30, width - left - 12) : null;
  const margin = { top: key ? 32 + key.height : 22, right: 12, bottom: 26, left };
  const height = plotHeight + margin.top - 22;
  const x = bandScale(years, [margin.left, width - margin.right], 0.2);
  const y = linearScale([0, yMax], [height - margin.bottom, margin.top]);
  const baseline = y(0);

  const xTicks = thinTicks(
    years.map((year) => ({ at: x(year) + x.bandwidth / 2, label: String(year) })),
  );
  const yTicks = tickValues.map((value, i) => ({ at: y(value), label: tickLabels[i] ?? '' }));

  const points: ChartPoint[] = model.bars.map((bar) => {
    const note = bar.isRecord && model.record ? t.record(model.record.since) : '';
    return {
      x: x(bar.year) + x.bandwidth / 2,
      y: y(bar.value),
      lines: [
        note ? `${bar.year} (${note})` : String(bar.year),
        `${fmt(bar.value)} ${model.unitLabel}`,
      ],
      announcement: t.announcePoint(bar.year, fmt(bar.value), model.unitLabel, note),
    };
  });

  const box = (bar: { year: number; value: number }) => ({
    x: x(bar.year),
    y: baseline,
    width: x.bandwidth,
    height: y(bar.value) - baseline,
  });
  const record = model.bars.filter((bar) => bar.isRecord).map(box);
  const bars = svg`<path class="mark bar" d=${boxesPath(model.bars.filter((bar) => !bar.isRecord).map(box))}></path>
    ${record.length > 0 ? svg`<path class="mark bar record" d=${boxesPath(record)}></path>` : nothing}`;

  let currentMarks: unknown = nothing;
  if (current) {
    const cx = x(current.year);
    const mid = cx + x.bandwidth / 2;
    const projection = current.projection;
    currentMarks = svg`<g class="current">
      ${projection !== null ? rect(cx, baseline, x.bandwidth, y(projection) - baseline, 'mark projection') : nothing}
      ${rect(cx, baseline, x.bandwidth, y(current.ytd) - baseline, 'mark bar ytd')}
      ${current.low !== null && current.high !== null ? interval(mid, y(current.low), y(current.high), Math.min(12, x.bandwidth), 'mark interval') : nothing}
    </g>`;
    const intervalText =
      current.low !== null && current.high !== null
        ? t.interval(fmt(current.low), fmt(current.high))
        : '';
    if (projection !== null) {
      points.push({
        x: mid,
        y: y(projection),
        lines: [
          `${current.year} (${t.projection})`,
          `${fmt(projection)} ${model.unitLabel}`,
          intervalText,
          `${ytdNote}: ${fmt(current.ytd)}`,
        ].filter(Boolean),
        announcement: t.announcePoint(
          current.year,
          fmt(projection),
          model.unitLabel,
          [t.projection, intervalText, `${ytdNote}: ${fmt(current.ytd)}`]
            .filter(Boolean)
            .join(', '),
        ),
      });
    } else {
      points.push({
        x: mid,
        y: y(current.ytd),
        lines: [`${current.year}`, `${ytdNote}: ${fmt(current.ytd)} ${model.unitLabel}`],
        announcement: t.announcePoint(current.year, fmt(current.ytd), model.unitLabel, ytdNote),
      });
    }
  }

  const recordYear = model.record;
  // Right-aligned above the line: no complete year's bar rises above the record, the unit title
  // sits at the top left, and the current year's projection may cross the line, so the label
  // ends before the current year.
  const recordLabelEnd = (current ? x(current.year) : width - margin.right) - 4;
  const recordMarks =
    recordYear && recordYear.value <= yMax
      ? svg`<g class="record-line">
          <path class="mark reference" d=${`M${px(margin.left)},${px(y(recordYear.value))}H${px(width - margin.right)}`}></path>
          <text class="label record-label" x=${px(recordLabelEnd)} y=${px(y(recordYear.value) - 4)} text-anchor="end">${t.recordLine(recordYear.year, fmt(recordYear.value), recordYear.since)}</text>
        </g>`
      : nothing;

  const marks = svg`
    ${axisLeft(yTicks, margin.left, width - margin.right, model.unitLabel)}
    <g class="bars">${bars}</g>
    ${currentMarks}
    ${recordMarks}
    ${axisBottom(xTicks, baseline, margin.left, width - margin.right)}
    ${key?.marks ?? nothing}`;
  return { width, height, marks, points };
}

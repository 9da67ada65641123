import { nothing, svg, type SVGTemplateResult } from 'lit';
import { axisBottom, thinTicks } from '../../internal/axis.js';
import { formatDate, type Locale } from '../../internal/i18n.js';
import { LEGEND_LINE, legend } from '../../internal/legend.js';
import { px } from '../../internal/marks.js';
import { truncate } from '../../internal/text-fit.js';
import type { ChartLayout, ChartPoint } from '../../internal/model.js';
import { linearScale } from '../../internal/scale.js';
import { groupLineageMessages, type EventKind } from './group-lineage.messages.js';
import {
  decimalYear,
  eventKind,
  eventNotes,
  type GroupLineageModel,
} from './group-lineage.model.js';

/** A row: an organization's name above its line, clear of the line's event symbols (4 px each way). */
const ROW_HEIGHT = 22;
/** From a line up to its name's baseline: the name's descenders end above the symbols. */
const LABEL_RISE = 8;
/**
 * Width of one character of the 11 px organization labels, taken wide (they measure 5.5-6 px in
 * common system sans fonts), so a label placed by it stays inside the chart.
 */
const LABEL_CHAR_WIDTH = 6.6;

/**
 * An organization's name placed from `x`, or ending at `right` where it would run past it, and cut
 * with an ellipsis where it is wider than the chart (`left` to `right`); the tooltip, the
 * announcement and the table keep the whole name.
 */
function fitLabel(
  name: string,
  x: number,
  left: number,
  right: number,
): { x: number; anchor: 'start' | 'end'; text: string } {
  const chars = Math.max(2, Math.floor((right - left) / LABEL_CHAR_WIDTH));
  const text = truncate(name, chars);
  return x + text.length * LABEL_CHAR_WIDTH <= right
    ? { x, anchor: 'start', text }
    : { x: right, anchor: 'end', text };
}

/** A symbol per event kind: killed ✕, arrested ■, extradited ▲, other ●. */
function symbol(kind: EventKind, x: number, y: number, verified: boolean): SVGTemplateResult {
  const cls = `mark event ${kind}${verified ? '' : ' unverified'}`;
  const r = 4;
  switch (kind) {
    case 'killed':
      return svg`<path class=${cls} d=${`M${px(x - r)},${px(y - r)}L${px(x + r)},${px(y + r)}M${px(x - r)},${px(y + r)}L${px(x + r)},${px(y - r)}`}></path>`;
    case 'arrested':
      return svg`<rect class=${cls} x=${px(x - r + 0.5)} y=${px(y - r + 0.5)} width=${2 * r - 1} height=${2 * r - 1}></rect>`;
    case 'extradited':
      return svg`<path class=${cls} d=${`M${px(x)},${px(y - r)}L${px(x + r)},${px(y + r)}L${px(x - r)},${px(y + r)}Z`}></path>`;
    default:
      return svg`<circle class=${cls} cx=${px(x)} cy=${px(y)} r="3"></circle>`;
  }
}

/**
 * Lays out one line per organization from its founding (or split) year to its last year as a
 * major group (or the end of the range), a connector from its parent's line at the split, and its
 * leadership events as symbols on the line. Events before the founding or split lie on a dashed
 * stretch of the line, from the start of the first one's year, which the legend then explains.
 * Connectors run past the rows between a parent and its child, so all of them lie beneath every
 * line, name and symbol, and each name has a halo of the background's colour.
 */
export function groupLineageLayout(
  model: GroupLineageModel,
  width: number,
  locale: Locale,
): ChartLayout {
  const t = groupLineageMessages[locale.lang];
  const margin = { top: 30, right: 12, bottom: 26, left: 12 };
  const kinds = (['killed', 'arrested', 'extradited', 'other'] as const).map((kind) => ({
    label: t.kinds[kind],
    swatch: symbol(kind, 5, -4, true),
  }));
  const before = {
    label: t.beforeFoundingKey,
    swatch: svg`<path class="before-founding" d="M0,-4H11"></path>`,
  };
  const key = legend(
    model.rows.some((row) => row.since < row.founded) ? [...kinds, before] : kinds,
    margin.left,
    16,
    width - margin.left - margin.right,
  );
  margin.top += key.height - LEGEND_LINE;
  const height = margin.top + model.rows.length * ROW_HEIGHT + margin.bottom;
  const x = linearScale([model.from, model.to + 1], [margin.left, width - margin.right]);
  const rowY = (row: number) => margin.top + row * ROW_HEIGHT + ROW_HEIGHT / 2;
  const clampX = (year: number) => x(Math.min(model.to + 1, Math.max(model.from, year)));
  const years = Array.from({ length: model.to - model.from + 1 }, (_, i) => model.from + i);
  const xTicks = thinTicks(
    years.map((year) => ({ at: x(year + 0.5), label: String(year) })),
    40,
  );

  const points: ChartPoint[] = [];
  // the connector to a row bears the row's id
  const connectors = model.rows.map((row, i) =>
    row.parentRow !== null && row.founded >= model.from
      ? svg`<path class="connector" data-id=${row.id} d=${`M${px(clampX(row.founded))},${px(rowY(row.parentRow))}V${px(rowY(i))}`}></path>`
      : nothing,
  );
  const lines = model.rows.map((row, i) => {
    const y = rowY(i);
    const x0 = clampX(row.founded);
    const x1 = clampX(row.ceased === null ? model.to + 1 : row.ceased + 1);
    const parents = row.parentNames.join(', ');
    points.push({
      x: x0,
      y,
      lines: [
        row.name,
        `${row.founded}${row.ceased === null ? ` - (${t.active})` : ` - ${row.ceased}`}`,
        ...(parents ? [`← ${parents}`] : []),
      ],
      announcement: t.announceOrg(
        row.name,
        String(row.founded),
        parents,
        row.ceased === null ? '' : String(row.ceased),
      ),
    });
    const prelude =
      row.since < row.founded
        ? svg`<path class="mark before-founding" d=${`M${px(clampX(row.since))},${px(y)}H${px(x0)}`}></path>`
        : nothing;
    const events = row.events.map((event) => {
      const ex = clampX(decimalYear(event.date));
      const kind = eventKind(event.type);
      const type = t.types[event.type] ?? event.type;
      const when = formatDate(locale.locale, event.date);
      const notes = eventNotes(row, event, locale.lang);
      points.push({
        x: ex,
        y,
        lines: [`${row.name}, ${when}`, `${event.person}: ${type}`, ...notes],
        announcement: t.announceEvent(row.name, when, event.person, type, notes.join(', ')),
      });
      return symbol(kind, ex, y, event.verified !== 'false');
    });
    const label = fitLabel(row.name, x0 + 4, margin.left, width - margin.right);
    // the halo's paint order and joins are attributes, so the SVG download keeps them
    return svg`<g class="org" data-id=${row.id}>
      ${prelude}
      <path class=${`mark lifeline${row.ceased === null ? ' active' : ''}`} d=${`M${px(x0)},${px(y)}H${px(Math.max(x1, x0 + 2))}`}></path>
      <text class="label org-label" x=${px(label.x)} y=${px(y - LABEL_RISE)} text-anchor=${label.anchor} paint-order="stroke" stroke-linejoin="round">${label.text}</text>
      ${events}
    </g>`;
  });

  return {
    width,
    height,
    points,
    // lines run side by side: the pointer picks the nearest point, not the nearest year
    pointer: 'xy',
    marks: svg`
      ${key.marks}
      <g class="connectors">${connectors}</g>
      <g class="orgs">${lines}</g>
      ${axisBottom(xTicks, height - margin.bottom, margin.left, width - margin.right)}`,
  };
}

import { nothing, svg, type SVGTemplateResult } from 'lit';
import { axisBottom, thinTicks } from '../../internal/axis.js';
import { formatDate, type Locale } from '../../internal/i18n.js';
import { LEGEND_LINE, legend } from '../../internal/legend.js';
import { px } from '../../internal/marks.js';
import { charsIn, textWidth, truncate } from '../../internal/text-fit.js';
import { decimalYear } from '../../internal/decimal-year.js';
import type { ChartLayout, ChartPoint } from '../../internal/model.js';
import { linearScale } from '../../internal/scale.js';
import type { EventKind } from './group-lineage.model.js';
import { eventKind, eventNotes, type GroupLineageModel } from './group-lineage.model.js';
import { groupLineageWords } from '../../locales/words.js';

/** A row: an organization's name above its line, clear of the line's event symbols (4 px each way). */
const ROW_HEIGHT = 22;
/** From a line up to its name's baseline: the name's descenders end above the symbols. */
const LABEL_RISE = 8;
/** Font size of the organization labels, in pixels. */
const LABEL_SIZE = 11;
/**
 * A name's backdrop, from its baseline: up past the font's ascent (9.8 px at 11 px) and down past
 * its descent (2.2 px), and out past the ends of the estimate, by the halo's width.
 */
const BACKDROP = { above: 10.5, below: 3, pad: 1.5 };

/**
 * How far each event symbol reaches to either side of its centre, stroke included (killed: 2 px
 * strokes on 4 px arms, or the hollow ✕; extradited: its mitred corners), and the clear space kept
 * between two neighbours on a line.
 */
const HALF_WIDTH: Record<EventKind, number> = {
  killed: 5,
  arrested: 4.3,
  extradited: 5.3,
  other: 3.8,
};
const SYMBOL_GAP = 1;

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
  const chars = Math.max(2, charsIn(right - left, LABEL_SIZE));
  const text = truncate(name, chars);
  return x + textWidth(text, LABEL_SIZE) <= right
    ? { x, anchor: 'start', text }
    : { x: right, anchor: 'end', text };
}

/**
 * The outline of a ✕ centred at (`x`, `y`), arms reaching `r` along each axis and `2 w` thick, to
 * be filled with the background: a killing not verified, hollow like the other symbols.
 */
function hollowCross(x: number, y: number, r: number, w: number): string {
  const k = w / Math.SQRT2;
  const s = w * Math.SQRT2;
  // clockwise from the notch above the centre, two corners per arm end
  const corners: [number, number][] = [
    [0, -s],
    [r - k, -r - k],
    [r + k, -r + k],
    [s, 0],
    [r + k, r - k],
    [r - k, r + k],
    [0, s],
    [-r + k, r + k],
    [-r - k, r - k],
    [-s, 0],
    [-r - k, -r + k],
    [-r + k, -r - k],
  ];
  return `${corners.map(([dx, dy], i) => `${i === 0 ? 'M' : 'L'}${px(x + dx)},${px(y + dy)}`).join('')}Z`;
}

/**
 * A symbol per event kind: killed ✕, arrested ■, extradited ▲, other ●; hollow when the event is
 * not verified.
 */
function symbol(kind: EventKind, x: number, y: number, verified: boolean): SVGTemplateResult {
  const cls = `mark event ${kind}${verified ? '' : ' unverified'}`;
  const r = 4;
  switch (kind) {
    case 'killed':
      return verified
        ? svg`<path class=${cls} d=${`M${px(x - r)},${px(y - r)}L${px(x + r)},${px(y + r)}M${px(x - r)},${px(y + r)}L${px(x + r)},${px(y - r)}`}></path>`
        : svg`<path class=${cls} d=${hollowCross(x, y, 3.2, 1.7)}></path>`;
    case 'arrested':
      return svg`<rect class=${cls} x=${px(x - r + 0.5)} y=${px(y - r + 0.5)} width=${2 * r - 1} height=${2 * r - 1}></rect>`;
    case 'extradited':
      return svg`<path class=${cls} d=${`M${px(x)},${px(y - r)}L${px(x + r)},${px(y + r)}L${px(x - r)},${px(y + r)}Z`}></path>`;
    default:
      return svg`<circle class=${cls} cx=${px(x)} cy=${px(y)} r="3"></circle>`;
  }
}

/**
 * Where to draw symbols that belong at `xs` (ascending) on a line from `lo` to `hi` so that none
 * covers another: symbol `i` at least `gaps[i]` before symbol `i + 1`. Symbols with room keep their
 * place; a run of symbols too close together is laid out at those gaps, centred on where its events
 * belong (their mean displacement is nil), or moved whole to stay on the line. A run longer than
 * the line starts at `lo`. The events' dates stay exact in tooltips and announcements.
 *
 * @example dodge([100, 100], [10], 0, 500) // [95, 105]: two events of one day, half a gap each
 */
export function dodge(
  xs: readonly number[],
  gaps: readonly number[],
  lo: number,
  hi: number,
): number[] {
  // runs of symbols pushed together: first index, count, their width, and the sum of the places
  // each member's event asks for the run's first symbol
  const runs: { first: number; n: number; span: number; sum: number }[] = [];
  const start = (run: { n: number; span: number; sum: number }) =>
    Math.max(lo, Math.min(hi - run.span, run.sum / run.n));
  xs.forEach((x, i) => {
    let run = { first: i, n: 1, span: 0, sum: x };
    for (let prev = runs.at(-1); prev; prev = runs.at(-1)) {
      const gap = gaps[run.first - 1] ?? 0;
      if (start(prev) + prev.span + gap <= start(run)) break;
      runs.pop();
      const offset = prev.span + gap;
      run = {
        first: prev.first,
        n: prev.n + run.n,
        span: offset + run.span,
        sum: prev.sum + run.sum - run.n * offset,
      };
    }
    runs.push(run);
  });
  return runs.flatMap((run) => {
    const places = [start(run)];
    for (let i = run.first; i < run.first + run.n - 1; i++)
      places.push((places.at(-1) as number) + (gaps[i] ?? 0));
    return places;
  });
}

/**
 * Lays out one line per organization from its founding (or split) year to its last year as a
 * major group (or the end of the range), a connector from its parent's line at the split, and its
 * leadership events as symbols on the line. Events before the founding or split lie on a dashed
 * stretch of the line, from the start of the first one's year, which the legend then explains.
 * Connectors run past the rows between a parent and its child, so all of them lie beneath every
 * line, name and symbol, and each name lies on a box of the background's colour (and has a halo of
 * it, should a font run wider than the box). Symbols that would cover one another on a line are
 * nudged apart by {@link dodge}.
 */
export function groupLineageLayout(
  model: GroupLineageModel,
  width: number,
  locale: Locale,
): ChartLayout {
  const t = groupLineageWords(locale.lang);
  const margin = { top: 30, right: 12, bottom: 26, left: 12 };
  const kinds = (['killed', 'arrested', 'extradited', 'other'] as const).map((kind) => ({
    label: t.kinds[kind],
    swatch: symbol(kind, 5, -4, true),
  }));
  const before = {
    label: t.beforeFoundingKey,
    swatch: svg`<path class="before-founding" d="M0,-4H11"></path>`,
  };
  const unverified = {
    label: t.notVerified,
    swatch: symbol('arrested', 5, -4, false),
  };
  const key = legend(
    [
      ...kinds,
      ...(model.rows.some((row) => row.events.some((event) => event.verified === 'false'))
        ? [unverified]
        : []),
      ...(model.rows.some((row) => row.since < row.founded) ? [before] : []),
    ],
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
    12,
  );

  const points: ChartPoint[] = [];
  const backdrops: SVGTemplateResult[] = [];
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
    // left to right, then nudged apart where symbols would cover each other
    const placed = row.events
      .map((event) => ({ event, kind: eventKind(event.type), at: clampX(decimalYear(event.date)) }))
      .sort((a, b) => a.at - b.at);
    const half = placed.map((p) => HALF_WIDTH[p.kind]);
    const drawnAt = dodge(
      placed.map((p) => p.at),
      half.slice(1).map((h, i) => (half[i] ?? 0) + h + SYMBOL_GAP),
      clampX(row.since),
      Math.max(x1, x0 + 2),
    );
    const events = placed.map(({ event, kind }, i) => {
      const ex = drawnAt[i] as number;
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
    const labelWidth = textWidth(label.text, LABEL_SIZE);
    const left = (label.anchor === 'start' ? label.x : label.x - labelWidth) - BACKDROP.pad;
    backdrops.push(
      svg`<rect class="label-backdrop" x=${px(left)} y=${px(y - LABEL_RISE - BACKDROP.above)} width=${px(labelWidth + 2 * BACKDROP.pad)} height=${BACKDROP.above + BACKDROP.below}></rect>`,
    );
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
      <g class="label-backdrops">${backdrops}</g>
      <g class="orgs">${lines}</g>
      ${axisBottom(xTicks, height - margin.bottom, margin.left, width - margin.right)}`,
  };
}

import { svg, type SVGTemplateResult } from 'lit';
import { interval, px, rect } from './marks.js';
import { charsIn, widestText, wrapWords } from './text-fit.js';

/**
 * One legend entry: the label, and either the class of its round swatch (styled like the marks) or
 * a symbol of its own, centred at (5, -4) from the label's baseline.
 */
export type LegendItem =
  | { readonly label: string; readonly className: string }
  | { readonly label: string; readonly swatch: SVGTemplateResult };

/** A square swatch filling the entry's 10 px box, drawn with `className` (a bar, a shaded band). */
export function boxSwatch(className: string): SVGTemplateResult {
  return rect(0, -9, 10, 10, className);
}

/** A range bar's swatch: an I-beam the height of the entry's box, drawn with `className`. */
export function rangeSwatch(className: string): SVGTemplateResult {
  return interval(5, -9, 1, 8, className);
}

/** Where one entry goes, relative to the legend's first baseline, and its label's lines. */
export interface LegendPlace {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
}

/** A legend's marks and the height of its lines (one {@link LEGEND_LINE} per line). */
export interface Legend {
  readonly marks: SVGTemplateResult;
  readonly height: number;
}

/** Distance between the baselines of two legend lines. */
export const LEGEND_LINE = 18;

/** From an entry's left edge to its label: the swatch and a gap. */
const LABEL_X = 14;
/** Between one entry's label and the next entry's swatch. */
const GAP = 14;

/**
 * Places legend entries left to right in rows no wider than `width`, starting a new row when the
 * next entry would not fit and breaking a label that is wider than a row on its own into lines.
 * Returns each entry's place and the height of all lines.
 */
export function legendLayout(
  labels: readonly string[],
  width: number,
): { places: LegendPlace[]; height: number } {
  const chars = Math.max(1, charsIn(width - LABEL_X));
  let x = 0;
  let rowTop = 0;
  let rowLines = 0;
  const places = labels.map((label) => {
    const lines = wrapWords(label, chars);
    const entryWidth = LABEL_X + widestText(lines);
    if (x > 0 && x + entryWidth > width) {
      rowTop += rowLines * LEGEND_LINE;
      x = 0;
      rowLines = 0;
    }
    const place = { x, y: rowTop, lines };
    x += entryWidth + GAP;
    rowLines = Math.max(rowLines, lines.length);
    return place;
  });
  return { places, height: rowTop + rowLines * LEGEND_LINE };
}

/**
 * A legend whose first baseline is at (`x`, `y`), wrapped to `width` pixels: a swatch and a label
 * per item. Its `height` is what the chart reserves for it.
 */
export function legend(items: readonly LegendItem[], x: number, y: number, width: number): Legend {
  const { places, height } = legendLayout(
    items.map((item) => item.label),
    width,
  );
  const entries = items.map((item, i) => {
    const { x: dx, y: dy, lines } = places[i] as LegendPlace;
    const label =
      lines.length === 1
        ? lines[0]
        : lines.map((line, n) => svg`<tspan x=${LABEL_X} y=${n * LEGEND_LINE}>${line}</tspan>`);
    return svg`<g class="legend-item" transform=${`translate(${px(x + dx)},${px(y + dy)})`}>
      ${'swatch' in item ? item.swatch : svg`<circle class=${`swatch ${item.className}`} cx="5" cy="-4" r="5"></circle>`}
      <text class="label" x=${LABEL_X} y="0">${label}</text></g>`;
  });
  return { marks: svg`<g class="legend">${entries}</g>`, height };
}

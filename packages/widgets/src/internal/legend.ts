import { svg, type SVGTemplateResult } from 'lit';
import { px } from './marks.js';

/** One legend entry: the label and the class of its swatch (styled like the marks). */
export interface LegendItem {
  readonly label: string;
  readonly className: string;
}

/** Approximate width of one character of the 12 px legend font. */
const CHAR_WIDTH = 6.5;

/** A one-line legend starting at (`x`, `y`): a swatch and a label per item. */
export function legend(items: readonly LegendItem[], x: number, y: number): SVGTemplateResult {
  let offset = x;
  const entries = items.map((item) => {
    const at = offset;
    offset += 18 + item.label.length * CHAR_WIDTH + 14;
    return svg`<g class="legend-item" transform=${`translate(${px(at)},${px(y)})`}>
      <circle class=${`swatch ${item.className}`} cx="5" cy="-4" r="5"></circle>
      <text class="label" x="14" y="0">${item.label}</text></g>`;
  });
  return svg`<g class="legend">${entries}</g>`;
}

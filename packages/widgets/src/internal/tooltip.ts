import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * A tooltip anchored at (`x`, `y`) inside a chart `width` pixels wide; flips to the left of the
 * point in the right half so it stays inside the chart. Positioned through CSSOM (`styleMap`), which
 * a strict `style-src` allows.
 */
export function tooltip(
  lines: readonly string[] | null,
  x: number,
  y: number,
  width: number,
): TemplateResult | typeof nothing {
  if (!lines || lines.length === 0) return nothing;
  const flip = x > width / 2;
  const position = flip
    ? { right: `${Math.round(width - x + 8)}px` }
    : { left: `${Math.round(x + 8)}px` };
  return html`<div
    class="tooltip"
    aria-hidden="true"
    style=${styleMap({ ...position, top: `${Math.round(Math.max(0, y - 12))}px` })}
  >
    ${lines.map((line, i) => (i === 0 ? html`<strong>${line}</strong>` : html`<div>${line}</div>`))}
  </div>`;
}

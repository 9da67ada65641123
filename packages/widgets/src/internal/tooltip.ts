import { html, nothing, type TemplateResult } from 'lit';

/**
 * A tooltip of `lines`, the first its heading; placed by {@link placeTooltip}. Nothing for no
 * lines.
 */
export function tooltip(lines: readonly string[] | null): TemplateResult | typeof nothing {
  if (!lines || lines.length === 0) return nothing;
  return html`<div class="tooltip" aria-hidden="true">
    ${lines.map((line, i) => (i === 0 ? html`<strong>${line}</strong>` : html`<div>${line}</div>`))}
  </div>`;
}

/**
 * Anchors `tip` at (`x`, `y`) inside a chart `width` pixels wide; it flips to the left of the
 * point in the right half and wraps within half the chart (`max-width` in the base styles), so it
 * stays inside the chart. Sets `left`, `right` and `top` through CSSOM: a `style` attribute in the
 * markup is what a strict `style-src` (no `unsafe-inline`) blocks.
 */
export function placeTooltip(tip: HTMLElement, x: number, y: number, width: number): void {
  const { style } = tip;
  const flip = x > width / 2;
  style.left = flip ? '' : `${Math.round(x + 8)}px`;
  style.right = flip ? `${Math.round(width - x + 8)}px` : '';
  style.top = `${Math.round(Math.max(0, y - 12))}px`;
}

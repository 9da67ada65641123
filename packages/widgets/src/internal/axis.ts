import { nothing, svg, type SVGTemplateResult } from 'lit';
import { px } from './marks.js';
import { widestText } from './text-fit.js';

/** A tick at position `at` (pixels) with its label. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

/**
 * Keeps every n-th tick so that labels (12 px, as wide as {@link widestText} puts them) keep
 * `gap` pixels between them; always keeps the last one.
 */
export function thinTicks(ticks: readonly Tick[], gap = 8): Tick[] {
  if (ticks.length < 2) return [...ticks];
  const spacing = Math.abs((ticks[1]?.at ?? 0) - (ticks[0]?.at ?? 0));
  const labelWidth = widestText(ticks.map((tick) => tick.label)) + gap;
  const every = spacing === 0 ? 1 : Math.max(1, Math.ceil(labelWidth / spacing));
  const last = ticks.length - 1;
  return ticks.filter((_, i) => (last - i) % every === 0);
}

/**
 * Horizontal axis along `y`, from `x0` to `x1`, labels centred under each tick. Tick marks are one
 * path and labels bare `<text>` elements: fewer nodes to create, style and lay out.
 */
export function axisBottom(
  ticks: readonly Tick[],
  y: number,
  x0: number,
  x1: number,
): SVGTemplateResult {
  const marks = ticks.map((tick) => `M${px(tick.at)},${px(y)}v5`).join('');
  return svg`<g class="axis axis-x">
    <path class="domain" d=${`M${px(x0)},${px(y)}H${px(x1)}${marks}`}></path>
    ${ticks.map(
      (tick) =>
        svg`<text class="tick" x=${px(tick.at)} y=${px(y + 18)} text-anchor="middle">${tick.label}</text>`,
    )}
  </g>`;
}

/**
 * Vertical axis with gridlines from `x0` to `x1` (one path), labels right-aligned left of `x0`,
 * and an optional unit `title` above the top label.
 */
export function axisLeft(
  ticks: readonly Tick[],
  x0: number,
  x1: number,
  title?: string,
): SVGTemplateResult {
  const grid = ticks.map((tick) => `M${px(x0)},${px(tick.at)}H${px(x1)}`).join('');
  return svg`<g class="axis axis-y">
    <path class="grid" d=${grid}></path>
    ${ticks.map(
      (tick) =>
        svg`<text class="tick" x=${px(x0 - 6)} y=${px(tick.at)} dy="0.32em" text-anchor="end">${tick.label}</text>`,
    )}
    ${title ? svg`<text class="axis-title" x=${px(x0)} y="12" text-anchor="start">${title}</text>` : nothing}
  </g>`;
}

import { nothing, svg, type SVGTemplateResult } from 'lit';
import { px } from './marks.js';

/** A tick at position `at` (pixels) with its label. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

/**
 * Keeps every n-th tick so labels about `labelWidth` pixels wide do not overlap; always keeps the
 * last one.
 */
export function thinTicks(ticks: readonly Tick[], labelWidth: number): Tick[] {
  if (ticks.length < 2) return [...ticks];
  const spacing = Math.abs((ticks[1]?.at ?? 0) - (ticks[0]?.at ?? 0));
  const every = spacing === 0 ? 1 : Math.max(1, Math.ceil(labelWidth / spacing));
  const last = ticks.length - 1;
  return ticks.filter((_, i) => (last - i) % every === 0);
}

/** Horizontal axis along `y`, from `x0` to `x1`, labels centred under each tick. */
export function axisBottom(
  ticks: readonly Tick[],
  y: number,
  x0: number,
  x1: number,
): SVGTemplateResult {
  return svg`<g class="axis axis-x">
    <path class="domain" d=${`M${px(x0)},${px(y)}H${px(x1)}`}></path>
    ${ticks.map(
      (tick) => svg`<g class="tick" transform=${`translate(${px(tick.at)},${px(y)})`}>
        <line y2="5"></line><text y="18" text-anchor="middle">${tick.label}</text></g>`,
    )}
  </g>`;
}

/** Vertical axis with gridlines from `x0` to `x1`, labels right-aligned left of `x0`. */
export function axisLeft(
  ticks: readonly Tick[],
  x0: number,
  x1: number,
  title?: string,
): SVGTemplateResult {
  return svg`<g class="axis axis-y">
    ${ticks.map(
      (tick) => svg`<g class="tick" transform=${`translate(0,${px(tick.at)})`}>
        <line class="grid" x1=${px(x0)} x2=${px(x1)}></line>
        <text x=${px(x0 - 6)} dy="0.32em" text-anchor="end">${tick.label}</text></g>`,
    )}
    ${title ? svg`<text class="axis-title" x=${px(x0)} y="12" text-anchor="start">${title}</text>` : nothing}
  </g>`;
}

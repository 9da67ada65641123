/** Test helpers that read a chart's geometry as a reader does: off its axes, where its marks stand. */
import { expect } from 'vitest';
import { parts, text } from './read.js';

/** A tick of a chart's axis: its label as a reader reads it, and where it stands along the axis. */
export interface AxisTick {
  readonly label: string;
  /** The tick's x (on the x axis) or y (on the y axis), in the chart's SVG units. */
  readonly at: number;
}

/** The labelled ticks of the chart's x or y axis, in the order drawn. */
export function axisTicks(element: HTMLElement, axis: 'x' | 'y'): AxisTick[] {
  return parts(element, `.axis-${axis} text.tick`).map((tick) => ({
    label: text(tick),
    at: Number(tick.getAttribute(axis)),
  }));
}

/**
 * Where a value stands along an axis, as a reader finds it from the axis's first and last ticks:
 * in proportion between them, or in proportion of the logarithms with `log`. Labels are read as
 * English numbers: "5,000", "+20%", "2006".
 *
 * @example scaleOfTicks([{ label: '0', at: 340 }, { label: '30,000', at: 68 }])(15000) // 204
 */
export function scaleOfTicks(
  ticks: readonly AxisTick[],
  { log = false }: { log?: boolean } = {},
): (value: number) => number {
  const first = ticks[0];
  const last = ticks.at(-1);
  if (!first || !last || first === last) throw new Error('an axis needs two ticks to be read');
  const read = (label: string) => Number(label.replace(/[^\d.-]/g, ''));
  const along = log ? Math.log : (value: number) => value;
  const [v0, v1] = [along(read(first.label)), along(read(last.label))];
  return (value) => first.at + ((along(value) - v0) / (v1 - v0)) * (last.at - first.at);
}

/** The centre of a mark's drawn box, in the chart's SVG units. */
export function centre(mark: Element): { x: number; y: number } {
  const box = (mark as SVGGraphicsElement).getBBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * How high `shape` is painted on the vertical line at `x`: the top of its fill there, to a quarter
 * of a unit, or `NaN` where it fills nothing there. Reads a bar drawn by a path of many bars.
 */
export function fillTop(shape: SVGGeometryElement, x: number): number {
  const box = shape.getBBox();
  for (let y = box.y; y <= box.y + box.height; y += 0.25) {
    if (shape.isPointInFill(new DOMPoint(x, y))) return y;
  }
  return Number.NaN;
}

/** The edges of a mark's drawn box, in the chart's SVG units. */
export function edges(mark: Element): { left: number; right: number; top: number; bottom: number } {
  const box = (mark as SVGGraphicsElement).getBBox();
  return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
}

/** An expected position in the chart's SVG units, met by any within half a unit of it. */
export function near(at: number): unknown {
  return expect.closeTo(at, 0);
}

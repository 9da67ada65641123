/** Test helpers that read and use what a widget shows: its parts, text, keys, downloads, axe. */
import axe from 'axe-core';
import { userEvent } from 'vitest/browser';
import type { UsmxElement } from '../src/internal/base-element.js';
import type { WidgetModel } from '../src/internal/model.js';

/** An element's text with white space folded to single spaces, as it reads on screen. */
export function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Element in the widget's shadow root. */
export function part<T extends Element = HTMLElement>(
  element: HTMLElement,
  selector: string,
): T | null {
  return element.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Every element matching `selector` in the widget's shadow root. */
export function parts<T extends Element = HTMLElement>(
  element: HTMLElement,
  selector: string,
): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/**
 * Presses `key` (a key name such as `ArrowRight`) `times` times on the widget's chart, focusing it
 * first, and returns what the widget then announces.
 */
export async function press(
  element: UsmxElement<WidgetModel>,
  key: string,
  times = 1,
): Promise<string> {
  part(element, '[part=chart]')?.focus();
  for (let i = 0; i < times; i++) await userEvent.keyboard(`{${key}}`);
  await element.updateComplete;
  return text(part(element, '[role=status]'));
}

/** axe-core violations inside `element` (its shadow root included), as "rule: target" lines. */
export async function axeViolations(element: HTMLElement): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}

/** The chart's SVG as markup, to tell whether two renders draw the same thing. */
export function svgMarkup(element: HTMLElement): string {
  const svg = part<SVGSVGElement>(element, 'svg.svg');
  return svg ? new XMLSerializer().serializeToString(svg).replace(/<!--[^>]*-->/g, '') : '';
}

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

/** Captures what the widget offers for download: the next Blob passed to URL.createObjectURL. */
export function captureDownload(): { blobs: Blob[]; names: string[]; restore: () => void } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) blobs.push(blob);
    return create.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return {
    blobs,
    names,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

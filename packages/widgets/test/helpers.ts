import axe from 'axe-core';
import type { UsmxElement } from '../src/internal/base-element.js';
import type { UsmxErrorEvent, UsmxReadyEvent } from '../src/internal/events.js';
import type { WidgetModel } from '../src/internal/model.js';

export type Settled = UsmxReadyEvent | UsmxErrorEvent;

/**
 * Adds `<tag>` with `attributes` inside a container `width` pixels wide and waits for it to fire
 * `usmx-ready` or `usmx-error`.
 */
export async function mount<E extends UsmxElement<WidgetModel>>(
  tag: string,
  attributes: Record<string, string> = {},
  { width = 640, data }: { width?: number; data?: unknown } = {},
): Promise<{ element: E; event: Settled }> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const element = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data !== undefined) element.data = data;
  const event = settle(element);
  container.append(element);
  const result = await event;
  await element.updateComplete;
  return { element, event: result };
}

/** Resolves with the next `usmx-ready` or `usmx-error` of `element`. */
export function settle(element: HTMLElement): Promise<Settled> {
  return new Promise((resolve) => {
    const done = (event: Settled) => {
      element.removeEventListener('usmx-ready', done);
      element.removeEventListener('usmx-error', done);
      resolve(event);
    };
    element.addEventListener('usmx-ready', done);
    element.addEventListener('usmx-error', done);
  });
}

/** The detail of a `usmx-error` event (fails the test when the widget was drawn instead). */
export function errorDetail(event: Settled): UsmxErrorEvent['detail'] {
  if (event.type !== 'usmx-error') throw new Error(`expected usmx-error, got ${event.type}`);
  return (event as UsmxErrorEvent).detail;
}

/** Element in the widget's shadow root. */
export function part<T extends Element = HTMLElement>(
  element: HTMLElement,
  selector: string,
): T | null {
  return element.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function parts<T extends Element = HTMLElement>(
  element: HTMLElement,
  selector: string,
): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** axe-core violations inside `element` (its shadow root included), as "rule: target" lines. */
export async function axeViolations(element: HTMLElement): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}

/**
 * The chart's SVG as text, one element per line, numbers rounded to one decimal, for snapshots
 * that stay stable across runs.
 */
export function svgSnapshot(element: HTMLElement): string {
  const svg = part<SVGSVGElement>(element, 'svg.svg');
  if (!svg) return '';
  const text = new XMLSerializer().serializeToString(svg);
  return text
    .replace(/<!--[^>]*-->/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<');
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

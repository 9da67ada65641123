/** Test helpers that read and use what a widget shows: its parts, text, keys, downloads, axe. */
import axe from 'axe-core';
import { userEvent } from 'vitest/browser';
import type { UsmxElement } from '../src/internal/base-element.js';
import type { WidgetModel } from '../src/internal/model.js';

/** An element's text with white space folded to single spaces, as it reads on screen. */
export function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** What a widget's error state shows: its title, its message, and each issue it lists. */
export function errorShown(element: HTMLElement): {
  title: string;
  message: string;
  items: string[];
} {
  return {
    title: text(part(element, '[role=alert] .error-title')),
    message: text(part(element, '[role=alert] > p:not(.error-title)')),
    items: parts(element, '[role=alert] li').map(text),
  };
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

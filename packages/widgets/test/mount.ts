/** Test helpers that put a widget on the page and wait for it to settle. */
import type { UsmxElement } from '../src/internal/base-element.js';
import type { UsmxErrorEvent, UsmxReadyEvent } from '../src/internal/events.js';
import type { WidgetModel } from '../src/internal/model.js';

export type Settled = UsmxReadyEvent | UsmxErrorEvent;

/** URL of a file in test/fixtures, as the test server serves it. */
export function fixture(name: string): string {
  return new URL(`/test/fixtures/${name}`, location.origin).href;
}

/** Empties the page: `afterEach(clearBody)` in every widget test file. */
export function clearBody(): void {
  document.body.replaceChildren();
}

/**
 * Adds `<tag>` with `attributes` inside a container `width` pixels wide (with `lang` set on it, when
 * given) and waits for it to fire `usmx-ready` or `usmx-error`.
 */
export async function mount<E extends UsmxElement<WidgetModel>>(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  { width = 640, data, lang }: { width?: number; data?: unknown; lang?: string } = {},
): Promise<{ element: E; event: Settled }> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  if (lang !== undefined) container.lang = lang;
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

/**
 * Adds `<tag>` as {@link mount} does, for a widget that must refuse: the element and the detail of
 * its `usmx-error` (the test fails when the widget draws instead).
 */
export async function mountError<E extends UsmxElement<WidgetModel>>(
  ...args: Parameters<typeof mount>
): Promise<{ element: E; detail: UsmxErrorEvent['detail'] }> {
  const { element, event } = await mount<E>(...args);
  return { element, detail: errorDetail(event) };
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

/**
 * Sets `attributes` on a mounted widget (`null` removes one), then waits, as `mount` does, for the
 * widget to fire `usmx-ready` or `usmx-error` and to finish rendering.
 */
export async function change(
  element: UsmxElement<WidgetModel>,
  attributes: Readonly<Record<string, string | null>>,
): Promise<Settled> {
  const event = settle(element);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
  const result = await event;
  await element.updateComplete;
  return result;
}

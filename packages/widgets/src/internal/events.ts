import type { ErrorIssue, WidgetErrorCode } from './errors.js';

/** Detail of `usmx-ready`: the chart was drawn; `summary` is the sentence it shows and announces. */
export interface UsmxReadyDetail {
  readonly title: string;
  readonly summary: string;
}

/** Detail of `usmx-error`: why the widget shows an error state instead of a chart. */
export interface UsmxErrorDetail {
  readonly code: WidgetErrorCode;
  readonly message: string;
  readonly issues: readonly ErrorIssue[];
}

export type UsmxReadyEvent = CustomEvent<UsmxReadyDetail>;
export type UsmxErrorEvent = CustomEvent<UsmxErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'usmx-ready': UsmxReadyEvent;
    'usmx-error': UsmxErrorEvent;
  }
}

/** Dispatches a bubbling, composed `usmx-*` event from `target`. */
export function emit<K extends 'usmx-ready' | 'usmx-error'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

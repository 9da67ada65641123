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

/** Detail of `usmx-rule-change`: the reader picked another counting rule in `<usmx-splinter-count>`. */
export interface UsmxRuleChangeDetail {
  readonly rule: string;
}

export type UsmxReadyEvent = CustomEvent<UsmxReadyDetail>;
export type UsmxErrorEvent = CustomEvent<UsmxErrorDetail>;
export type UsmxRuleChangeEvent = CustomEvent<UsmxRuleChangeDetail>;

/** Every event a usmx widget fires. */
export interface UsmxEventMap {
  'usmx-ready': UsmxReadyEvent;
  'usmx-error': UsmxErrorEvent;
  'usmx-rule-change': UsmxRuleChangeEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'usmx-ready': UsmxReadyEvent;
    'usmx-error': UsmxErrorEvent;
    'usmx-rule-change': UsmxRuleChangeEvent;
  }
}

/** Dispatches a bubbling, composed `usmx-*` event from `target`. */
export function emit<K extends keyof UsmxEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

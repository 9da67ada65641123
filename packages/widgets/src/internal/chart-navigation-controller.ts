import {
  html,
  nothing,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { type Lang } from './i18n.js';
import { nearestIndex, nextIndex } from './keyboard.js';
import { px } from './marks.js';
import type { ChartLayout, ChartPoint } from './model.js';
import { placeTooltip, tooltip } from './tooltip.js';
import { commonWords } from '../locales/words.js';

/**
 * The point of a drawn chart the reader is on: moved by the keyboard (arrow keys, Home, End;
 * Escape leaves it) and by the pointer, drawn as a focus ring and a tooltip, and announced, as
 * each point the keyboard reaches is, in the widget's live region.
 */
export class ChartNavigationController implements ReactiveController {
  /** What the widget's live region says. */
  #announcement = '';
  #active: number | null = null;
  /** Where the tooltip drawn last goes: its point and the chart's width. */
  #tip: [x: number, y: number, width: number] | undefined;
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  /** Places the tooltip just drawn. */
  hostUpdated(): void {
    const tip = this.#host.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip && this.#tip) placeTooltip(tip, ...this.#tip);
  }

  /** No point and nothing announced, for a chart about to be replaced; the host's update is under way. */
  reset(): void {
    this.#active = null;
    this.#announcement = '';
  }

  /** Says `text` in the live region. */
  announce(text: string): void {
    this.#announcement = text;
    this.#host.requestUpdate();
  }

  /**
   * The chart of `layout`, focusable and named by the element `#summary`, with its keyboard help
   * and the live region, in `lang`.
   */
  render(layout: ChartLayout, lang: Lang): TemplateResult {
    // no point at index -1 (none is active)
    const point = layout.points[this.#active ?? -1];
    this.#tip = point && [point.x, point.y, layout.width];
    return html`<div
        part="chart"
        class="chart"
        role="group"
        tabindex="0"
        aria-labelledby="summary"
        aria-describedby="keyboard-help"
        @keydown=${(event: KeyboardEvent) => this.#keydown(event, layout)}
        @pointermove=${(event: PointerEvent) => this.#pointerMove(event, layout)}
        @pointerleave=${(event: PointerEvent) => {
          // the point stays while the keyboard is on the chart
          if (!(event.currentTarget as Element).matches(':focus-visible')) this.#go(null);
        }}
      >
        ${chartSvg(layout, point)} ${point ? tooltip(point.lines) : nothing}
      </div>
      <p id="keyboard-help" class="visually-hidden">${commonWords(lang).keyboardHelp}</p>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.#announcement}
      </div>`;
  }

  #keydown(event: KeyboardEvent, layout: ChartLayout): void {
    const index = nextIndex(event.key, this.#active, layout.points.length);
    if (index === null) {
      if (event.key === 'Escape') this.#go(null);
      return;
    }
    event.preventDefault();
    this.#active = index;
    this.announce(layout.points[index]?.announcement ?? '');
  }

  #pointerMove(event: PointerEvent, layout: ChartLayout): void {
    const box = (event.currentTarget as Element).querySelector('svg')?.getBoundingClientRect();
    if (!box?.width) return;
    const scale = layout.width / box.width;
    this.#go(
      nearestIndex(
        layout.points,
        (event.clientX - box.left) * scale,
        (event.clientY - box.top) * scale,
        layout.pointer,
      ),
    );
  }

  #go(index: number | null): void {
    if (index === this.#active) return;
    this.#active = index;
    this.#host.requestUpdate();
  }
}

/**
 * The `<svg>` of `layout`: its marks, and a focus ring on `point` when the reader is on one. Hidden
 * from assistive technology: the chart's group is named by the summary and announces its points.
 */
export function chartSvg(layout: ChartLayout, point?: ChartPoint): TemplateResult {
  return html`<svg
    class="svg"
    width=${layout.width}
    height=${layout.height}
    viewBox=${`0 0 ${layout.width} ${layout.height}`}
    aria-hidden="true"
  >
    ${layout.marks}
    ${point ? svg`<circle class="focus-ring" cx=${px(point.x)} cy=${px(point.y)} r="7"></circle>` : nothing}
  </svg>`;
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Narrowest and widest layout width, in CSS pixels. */
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 1200;

/**
 * The width a widget lays its chart out for: the host's own, in whole CSS pixels between
 * {@link MIN_WIDTH} and {@link MAX_WIDTH}; 640 until the host has a width. The host is updated
 * whenever its box changes, also when it is shown again after being hidden (what the page changed
 * meanwhile, such as its colour scheme, is then read again).
 */
export class SizeController implements ReactiveController {
  width = 640;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    if (host.clientWidth > 0) this.width = clampWidth(host.clientWidth);
    this.#observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width) this.width = clampWidth(width);
      host.requestUpdate();
    });
    this.#observer.observe(host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}

function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

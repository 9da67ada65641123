import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from './i18n.js';
import { observePage } from './page-observer.js';

/**
 * The language a widget speaks: its `lang` attribute, else the closest `lang` above it (through
 * shadow roots), else English. Read again at every update of the host; the host is updated when
 * the page changes that language (a `lang` above it changes, or the widget moves). A change of the
 * host's own `lang` attribute is the host's to hear (`observedAttributes`).
 */
export class LanguageController implements ReactiveController {
  /** The language as of the host's latest update: English until the first. */
  locale: Locale = { lang: 'en', locale: 'en' };
  readonly #host: ReactiveControllerHost & Element;
  #stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = observePage(this.#host, this.#check);
    this.#check();
  }

  hostDisconnected(): void {
    this.#stop?.();
  }

  hostUpdate(): void {
    this.locale = resolveLocale(this.#host);
  }

  readonly #check = (): void => {
    if (resolveLocale(this.#host).locale !== this.locale.locale) this.#host.requestUpdate();
  };
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from './i18n.js';
import { hasWords, loadWords } from '../locales/words.js';
import { observePage } from './page-observer.js';

/**
 * The language a widget speaks: its `lang` attribute, else the closest `lang` above it (through
 * shadow roots), else English. Read again at every update of the host; the host is updated when
 * the page changes that language (a `lang` above it changes, or the widget moves). A change of the
 * host's own `lang` attribute is the host's to hear (`observedAttributes`). The words of a language
 * other than English are loaded when the host first speaks it, and the host is updated then.
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
    const { lang } = this.locale;
    // the host speaks the language once its words are there (English until then)
    if (!hasWords(lang))
      loadWords(lang).then(
        () => this.#host.requestUpdate(),
        () => undefined,
      );
  }

  readonly #check = (): void => {
    if (resolveLocale(this.#host).locale !== this.locale.locale) this.#host.requestUpdate();
  };
}

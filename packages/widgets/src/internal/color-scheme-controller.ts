import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { invalidAttribute } from './errors.js';
import { type Lang } from './i18n.js';
import { observePage } from './page-observer.js';
import { isThemeSetting, resolveTheme } from './theme.js';
import { commonWords } from '../locales/words.js';

/**
 * The colour scheme a widget draws with: its `theme` when that is `light` or `dark`; with `auto`,
 * the page's `color-scheme` (inherited by the host, also through a shadow root; with none set, a
 * `<meta name="color-scheme">`), else the system's `prefers-color-scheme`; `light` for a `theme`
 * that is not valid. Read again at every update of the host; the host is updated when the system
 * setting, the page's `color-scheme` (heard through the transition base.styles gives the host), an
 * attribute of `<html>` or `<body>`, or a `<meta name="color-scheme">` changes.
 */
export class ColorSchemeController implements ReactiveController {
  /** The scheme as of the host's latest update. */
  scheme: 'light' | 'dark' = 'light';
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly theme: unknown };
  #media: MediaQueryList | undefined;
  #stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { readonly theme: unknown }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    this.#media = matchMedia('(prefers-color-scheme: dark)');
    this.#media.addEventListener('change', this.#check);
    host.addEventListener('transitionrun', this.#onTransition);
    host.addEventListener('transitionend', this.#onTransition);
    this.#stop = observePage(host, this.#check);
    this.#check();
  }

  hostDisconnected(): void {
    const host = this.#host;
    this.#media?.removeEventListener('change', this.#check);
    host.removeEventListener('transitionrun', this.#onTransition);
    host.removeEventListener('transitionend', this.#onTransition);
    this.#stop?.();
  }

  hostUpdate(): void {
    this.scheme = this.#resolve();
  }

  /** Throws the error a `theme` that is not valid shows, in `lang`, like any bad attribute. */
  checkTheme(lang: Lang): void {
    const { theme } = this.#host;
    if (!isThemeSetting(theme))
      throw invalidAttribute(
        'theme',
        theme,
        commonWords(lang).expectedOneOf('auto, light, dark'),
        lang,
      );
  }

  #resolve(): 'light' | 'dark' {
    const { theme } = this.#host;
    if (!isThemeSetting(theme)) return 'light';
    const own = getComputedStyle(this.#host).colorScheme;
    const page =
      own && own !== 'normal'
        ? own
        : (document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ??
          'normal');
    return resolveTheme(theme, page, this.#media?.matches ?? false);
  }

  readonly #check = (): void => {
    if (this.#resolve() !== this.scheme) this.#host.requestUpdate();
  };

  /**
   * The page's `color-scheme` changed: the host's transition on it started or ended (the end as
   * well, in case a later change interrupted it). Not for the host page's transition listeners.
   */
  readonly #onTransition = (event: TransitionEvent): void => {
    if (event.target !== this.#host || event.propertyName !== 'color-scheme') return;
    event.stopPropagation();
    this.#check();
  };
}

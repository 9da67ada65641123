import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidgetError } from './errors.js';
import type { Locale } from './i18n.js';
import type { LanguageController } from './language-controller.js';

/** What a widget shows: a first load under way, a model, or an error, each in a language. */
export type LoadState<M> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly model: M; readonly locale: Locale }
  | { readonly status: 'error'; readonly error: WidgetError; readonly locale: Locale };

/**
 * Loads a widget's model, as `@lit/task` runs a task: at each update of the host it compares the
 * language and `args()` with those of the last load and, when one differs (or nothing was loaded
 * yet), calls `load` again. The load it supersedes is aborted through the `AbortSignal` it was
 * given (for `fetch`), and its model or failure is never shown. A model already shown stays,
 * `busy`, until the next is ready: the layout does not collapse and a focused control keeps the
 * focus. A failure goes to `fail`, at once when `load` throws before returning its promise.
 */
export class LoadController<M> implements ReactiveController {
  state: LoadState<M> = { status: 'loading' };
  /** A load is under way. */
  busy = false;
  readonly #host: ReactiveControllerHost;
  readonly #language: LanguageController;
  readonly #args: () => readonly unknown[];
  readonly #load: (locale: Locale, signal: AbortSignal) => Promise<M>;
  readonly #fail: (error: unknown) => void;
  #lastArgs: readonly unknown[] | undefined;
  #abort: AbortController | undefined;

  constructor(
    host: ReactiveControllerHost,
    language: LanguageController,
    args: () => readonly unknown[],
    load: (locale: Locale, signal: AbortSignal) => Promise<M>,
    fail: (error: unknown) => void,
  ) {
    this.#host = host;
    this.#language = language;
    this.#args = args;
    this.#load = load;
    this.#fail = fail;
    host.addController(this);
  }

  hostUpdate(): void {
    const { locale } = this.#language;
    const args = [locale.locale, ...this.#args()];
    if (this.#lastArgs?.every((arg, i) => arg === args[i])) return;
    this.#lastArgs = args;
    this.#abort?.abort();
    const { signal } = (this.#abort = new AbortController());
    if (this.state.status !== 'ready') this.state = { status: 'loading' };
    this.busy = true;
    const fail = (error: unknown) => {
      if (signal.aborted) return;
      this.busy = false;
      this.#fail(error);
    };
    try {
      this.#load(locale, signal).then((model) => {
        if (signal.aborted) return;
        this.busy = false;
        this.state = { status: 'ready', model, locale };
        this.#host.requestUpdate();
      }, fail);
    } catch (error) {
      fail(error);
    }
  }
}

import type { ReactiveController, ReactiveElement } from 'lit';
import type { WidgetError } from './errors.js';
import type { Locale } from './i18n.js';
import type { LanguageController } from './language-controller.js';
import { isThemeSetting } from './theme.js';

/** What a widget shows: a first load under way, a model, or an error, each in a language. */
export type LoadState<M> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly model: M; readonly locale: Locale }
  | { readonly status: 'error'; readonly error: WidgetError; readonly locale: Locale };

/**
 * Loads a widget's model, as `@lit/task` runs a task: at each update of the host it compares its
 * arguments with those of the last load and, when one differs (or nothing was loaded yet), calls
 * `load` again. The arguments are the language and the host's inputs: its reactive properties
 * other than internal state, `theme` only as valid or not (a change of colour is a repaint; fixing a bad
 * theme draws the chart again). The load it supersedes is aborted through the `AbortSignal` it was
 * given (for `fetch`), and its model or failure is never shown. A model already shown stays,
 * `busy`, until the next is ready: the layout does not collapse and a focused control keeps the
 * focus. A failure goes to `fail`, at once when `load` throws before returning its promise.
 */
export class LoadController<M> implements ReactiveController {
  state: LoadState<M> = { status: 'loading' };
  /** A load is under way. */
  busy = false;
  readonly #host: ReactiveElement & { readonly theme: unknown };
  readonly #language: LanguageController;
  readonly #load: (locale: Locale, signal: AbortSignal) => Promise<M>;
  readonly #fail: (error: unknown) => void;
  #lastArgs: readonly unknown[] | undefined;
  #abort: AbortController | undefined;

  constructor(
    host: ReactiveElement & { readonly theme: unknown },
    language: LanguageController,
    load: (locale: Locale, signal: AbortSignal) => Promise<M>,
    fail: (error: unknown) => void,
  ) {
    this.#host = host;
    this.#language = language;
    this.#load = load;
    this.#fail = fail;
    host.addController(this);
  }

  hostUpdate(): void {
    const { locale } = this.#language;
    const host = this.#host;
    const args = [
      locale.locale,
      isThemeSetting(host.theme),
      ...[...(host.constructor as typeof ReactiveElement).elementProperties]
        .filter(([key, options]) => !options.state && key !== 'theme')
        .map(([key]) => host[key as keyof typeof host]),
    ];
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
        host.requestUpdate();
      }, fail);
    } catch (error) {
      fail(error);
    }
  }
}

import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ChartNavigationController } from './chart-navigation-controller.js';
import { ColorSchemeController } from './color-scheme-controller.js';
import { dataTable } from './data-table.js';
import { DownloadController, type DrawnChart } from './download-controller.js';
import { errorState } from './error-state.js';
import { toWidgetError, userDataError } from './errors.js';
import { emit } from './events.js';
import { footer } from './footer.js';
import { prepareFormats, type Lang, type Locale } from './i18n.js';
import { LanguageController } from './language-controller.js';
import { LoadController, type LoadState } from './load-controller.js';
import type { ChartLayout, WidgetModel } from './model.js';
import { SizeController } from './size-controller.js';
import type { ThemeSetting } from './theme.js';
import { commonWords, hasWords, loadWords } from '../locales/words.js';

/**
 * The shell every usmx widget shares: it draws title, summary, chart, actions, table and footer
 * for the model a widget loads, in the widget's language and colour scheme, at its width. Each of
 * those concerns is a controller: {@link LanguageController}, {@link ColorSchemeController},
 * {@link SizeController}, {@link LoadController}, {@link ChartNavigationController} (keyboard,
 * pointer, tooltip) and {@link DownloadController}.
 *
 * Error boundary: whatever fails (`load`, a bad attribute, or anything in an update: `willUpdate`,
 * a controller, `render`, the commit, `updated`) shows the widget's error state and fires
 * `usmx-error`; nothing is thrown into the host page. Should the error state itself fail to
 * render, the widget is left an empty box.
 *
 * Every widget inherits the attributes, events, parts and custom properties below; a widget's own
 * documentation adds its attributes, its `callout` and `chart` parts, and its colours.
 *
 * @attr {string} lang - `en` or `es`; defaults to the closest `lang` in the document (followed when it changes), else English.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme; `auto` follows the page's `color-scheme` (or `<meta name="color-scheme">`), else the system setting, and changes with them.
 * @attr {string} src - URL of a JSON or CSV file to chart instead of the embedded dataset.
 * @attr {number} max-file-size - The most bytes the file at `src` may have (default 20 MiB, 20971520): a larger file is refused with a `fetch-failed` error, from its `Content-Length` before it downloads, or as soon as it passes the cap while it downloads. Also the property `maxFileSize`.
 * @prop {unknown} data - Rows to chart instead of the embedded dataset (validated like `src`).
 * @fires {CustomEvent<UsmxReadyDetail>} usmx-ready - The chart was drawn; `detail` has its title and summary.
 * @fires {CustomEvent<UsmxErrorDetail>} usmx-error - The widget shows an error instead of a chart; `detail` has the code, message and issues.
 *
 * @csspart base - The widget's box.
 * @csspart title - The title.
 * @csspart summary - The one-sentence summary (also the chart's accessible name).
 * @csspart notes - What a reader should know of the chart besides its point, under it, when there is any.
 * @csspart table - The data table, when shown.
 * @csspart footer - Sources and citation.
 * @csspart error - The error message, when the chart cannot be drawn.
 *
 * @cssprop [--usmx-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--usmx-color-text=light-dark(#1b1d21, #eceef1)] - Text colour.
 * @cssprop [--usmx-color-muted=light-dark(#545a63, #aab1bb)] - Axis and footer text.
 * @cssprop [--usmx-color-background=light-dark(#ffffff, #16181c)] - Background.
 * @cssprop [--usmx-color-grid=light-dark(#e3e5e8, #30343a)] - Gridlines.
 * @cssprop [--usmx-color-focus=light-dark(#0b57d0, #a8c7fa)] - Focus ring.
 * @cssprop [--usmx-accent=light-dark(#1f5fa8, #7db3f0)] - Main marks and links.
 * @cssprop [--usmx-color-highlight=light-dark(#b3261e, #ff8a80)] - The callout, the error border and highlighted marks.
 */
export abstract class UsmxElement<M extends WidgetModel> extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: { reflect: true },
    maxFileSize: { attribute: 'max-file-size', type: Number },
    data: { attribute: false },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  declare theme: ThemeSetting;
  declare src: string | undefined;
  declare maxFileSize: number | undefined;
  declare data: unknown;

  /** Where the error boundary puts every failure. */
  readonly #fail = (cause: unknown): void => {
    this.#failures += 1;
    // the language of the latest load, whatever the state shown before
    const { locale } = this.#language;
    const error = toWidgetError(cause, locale.lang);
    this.#loader.state = { status: 'error', error, locale };
    this.requestUpdate();
    emit(this, 'usmx-error', { code: error.code, message: error.message, issues: error.issues });
  };

  readonly #load = (locale: Locale, signal: AbortSignal): Promise<M> => {
    this.#points.reset();
    const start = () => {
      this.#scheme.checkTheme(locale.lang);
      const model = this.load(locale, signal);
      // while the model's code and data download, not after they arrive
      setTimeout(() => prepareFormats(locale.locale));
      return model;
    };
    if (hasWords(locale.lang)) return start();
    // a widget whose words cannot be loaded speaks English rather than nothing; a load superseded
    // meanwhile does not start
    return loadWords(locale.lang)
      .catch(() => undefined)
      .then(() => {
        signal.throwIfAborted();
        return start();
      });
  };

  readonly #language = new LanguageController(this);
  readonly #scheme = new ColorSchemeController(this);
  readonly #size = new SizeController(this);
  readonly #points = new ChartNavigationController(this);
  readonly #loader = new LoadController<M>(this, this.#language, this.#load, this.#fail);
  readonly #downloads = new DownloadController<M>(
    this,
    () => this.#drawn(),
    (text) => this.#points.announce(text),
  );
  #failures = 0;
  #tableOpen = false;
  /** The ready state `usmx-ready` was fired for. */
  #announced: LoadState<M> | undefined;
  #drawnCache: (DrawnChart<M> & { readonly width: number }) | undefined;

  constructor() {
    super();
    this.theme = 'auto';
  }

  /** What the reader gave instead of the embedded dataset, as errors name it: `data`, the `src` URL, or none. */
  protected userDataOrigin(): string | undefined {
    return this.data !== undefined ? 'data' : this.src || undefined;
  }

  /**
   * An indicator's rejection of the reader's rows as `invalid-data`, worded in `lang` (see
   * {@link userDataError}); the error unchanged when the widget charts the embedded dataset.
   */
  protected async rowsError(error: unknown, lang: Lang): Promise<unknown> {
    const origin = this.userDataOrigin();
    return origin === undefined ? error : userDataError(error, origin, lang);
  }

  /**
   * Loads data, runs the indicator and builds the model; anything it throws becomes the error
   * state. `signal` aborts when a newer load supersedes this one: pass it to `fetch`.
   */
  protected abstract load(locale: Locale, signal: AbortSignal): Promise<M>;

  /** Lays the model out as marks and navigable points for a width in pixels. */
  protected abstract layout(model: M, width: number, locale: Locale): ChartLayout;

  /** Controls drawn between the summary and the chart (e.g. a rule switch); none by default. */
  protected renderControls(_model: M, _locale: Locale): TemplateResult | typeof nothing {
    return nothing;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The error boundary: any failure in an update cycle becomes the error state. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.#fail(error);
    }
  }

  protected override updated(): void {
    this.#failures = 0;
    const { state } = this.#loader;
    if (state.status === 'ready' && state !== this.#announced) {
      this.#announced = state;
      emit(this, 'usmx-ready', { title: state.model.title, summary: state.model.summary });
    }
  }

  /** The model shown, laid out for the current width (once per model and width). */
  #drawn(): DrawnChart<M> | undefined {
    const { state } = this.#loader;
    if (state.status !== 'ready') return undefined;
    const { model, locale } = state;
    const { width } = this.#size;
    if (this.#drawnCache?.model !== model || this.#drawnCache.width !== width)
      this.#drawnCache = { model, locale, width, layout: this.layout(model, width, locale) };
    return this.#drawnCache;
  }

  override render(): TemplateResult {
    const { state } = this.#loader;
    const { lang } = this.#language.locale;
    const drawn = this.#drawn();
    // a failure drawing the error state itself leaves an empty box
    const body = drawn
      ? this.#renderChart(drawn)
      : this.#failures > 1
        ? nothing
        : state.status === 'error'
          ? errorState(state.error, state.locale.lang)
          : html`<p class="loading" role="status">
              ${hasWords(lang) ? commonWords(lang).loading : nothing}
            </p>`;
    return html`<div
      class="base ${this.#scheme.scheme}"
      part="base"
      aria-busy=${String(this.#loader.busy)}
    >
      ${body}
    </div>`;
  }

  #renderChart({ model, locale, layout }: DrawnChart<M>): TemplateResult {
    const t = commonWords(locale.lang);
    // Plain blocks, not <header>/<footer>: those would add banner and contentinfo landmarks to
    // the host page, one pair per widget.
    return html`<div class="header">
        <h2 part="title" class="title">${model.title}</h2>
        <p part="summary" class="summary" id="summary">${model.summary}</p>
        ${model.callout ? html`<p class="callout" part="callout">${model.callout}</p>` : nothing}
      </div>
      ${this.renderControls(model, locale)} ${this.#points.render(layout, locale.lang)}
      ${
        model.notes?.length
          ? html`<ul class="notes" part="notes">
              ${model.notes.map((note) => html`<li>${note}</li>`)}
            </ul>`
          : nothing
      }
      <div class="actions" role="group" aria-label=${t.actions}>
        <button
          type="button"
          aria-expanded=${String(this.#tableOpen)}
          @click=${() => {
            this.#tableOpen = !this.#tableOpen;
            this.requestUpdate();
          }}
        >
          ${this.#tableOpen ? t.hideTable : t.showTable}
        </button>
        ${this.#downloads.buttons(locale.lang)}
      </div>
      ${this.#tableOpen ? dataTable(model.table, model.tableCaption, locale.locale, 'data-table') : nothing}
      ${footer(model, locale.lang)}`;
  }
}

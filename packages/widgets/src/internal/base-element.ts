import {
  html,
  LitElement,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { dataTable } from './data-table.js';
import { invalidAttribute, toWidgetError, userDataError, type WidgetError } from './errors.js';
import { emit } from './events.js';
import { commonMessages, resolveLocale, type Lang, type Locale } from './i18n.js';
import { nearestIndex, nextIndex } from './keyboard.js';
import { observePage } from './page-observer.js';
import { safeHref } from './links.js';
import { px } from './marks.js';
import type { ChartLayout, WidgetModel } from './model.js';
import { isThemeSetting, resolveTheme, type ThemeSetting } from './theme.js';
import { tooltip } from './tooltip.js';

type DownloadCode = typeof import('./download.js');

/**
 * Sources the footer lists as they are; more (a lineage cites hundreds) fold behind their count,
 * which the reader opens.
 */
const SOURCES_SHOWN = 3;

/** Narrowest and widest layout width, in CSS pixels. */
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 1200;

type ReadyState<M> = { readonly status: 'ready'; readonly model: M; readonly locale: Locale };

type LoadState<M> =
  | { readonly status: 'loading' }
  | ReadyState<M>
  | { readonly status: 'error'; readonly error: WidgetError; readonly locale: Locale };

/**
 * The shell every usmx widget shares: it resolves language and theme, loads the widget's model,
 * draws title, summary, chart, actions, table and footer, and turns any failure into an error
 * state plus a `usmx-error` event, so nothing is ever thrown into the host page.
 *
 * @attr {string} lang - `en` or `es`; defaults to the closest `lang` in the document (followed when it changes), else English.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme; `auto` follows the page's `color-scheme` (or `<meta name="color-scheme">`), else the system setting, and changes with them.
 * @attr {string} src - URL of a JSON or CSV file to chart instead of the embedded dataset.
 * @prop {unknown} data - Rows to chart instead of the embedded dataset (validated like `src`).
 * @fires {CustomEvent<UsmxReadyDetail>} usmx-ready - The chart was drawn.
 * @fires {CustomEvent<UsmxErrorDetail>} usmx-error - The widget shows an error instead of a chart.
 */
export abstract class UsmxElement<M extends WidgetModel> extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: { reflect: true },
    data: { attribute: false },
    _state: { state: true },
    _width: { state: true },
    _active: { state: true },
    _announcement: { state: true },
    _tableOpen: { state: true },
    _scheme: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  declare theme: ThemeSetting;
  declare src: string | undefined;
  declare data: unknown;
  /** @internal */
  declare protected _state: LoadState<M>;
  /** @internal */
  declare protected _width: number;
  /** @internal */
  declare protected _active: number | null;
  /** @internal */
  declare protected _announcement: string;
  /** @internal */
  declare protected _tableOpen: boolean;
  /** @internal */
  declare protected _scheme: 'light' | 'dark';

  #run = 0;
  #failures = 0;
  #readyPending = false;
  #busy = false;
  #resizeObserver: ResizeObserver | undefined;
  #media: MediaQueryList | undefined;
  #stopObservingPage: (() => void) | undefined;
  /** The locale of the latest load. */
  #locale: Locale | undefined;
  #layoutCache: { model: M; width: number; layout: ChartLayout } | undefined;
  /** The kinds of file being made: a second click on one waits for the first to finish. */
  readonly #downloading = new Set<string>();
  readonly #onSchemeChange = () => this.#updateScheme();
  /**
   * The page's `color-scheme` changed: base.styles gives the host a discrete transition on it. The
   * transition's end is heard as well as its start, in case a later change interrupted it.
   */
  readonly #onColorSchemeTransition = (event: TransitionEvent) => {
    if (event.target !== this || event.propertyName !== 'color-scheme') return;
    // the widget's own signal: not for the host page's transition listeners
    event.stopPropagation();
    this.#updateScheme();
  };
  /** A `lang` above the widget changed, or the widget moved: reload if its language is not the same. */
  readonly #onAncestorLang = () => {
    if (this.#locale && resolveLocale(this).locale !== this.#locale.locale)
      this.requestUpdate('lang');
  };
  /** The page may have switched language or colour scheme without a transition the widget hears. */
  readonly #onPageChange = () => {
    this.#onAncestorLang();
    this.#updateScheme();
  };

  constructor() {
    super();
    this.theme = 'auto';
    this._state = { status: 'loading' };
    this._width = 640;
    this._active = null;
    this._announcement = '';
    this._tableOpen = false;
    this._scheme = 'light';
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

  /** Loads data, runs the indicator and builds the model; anything it throws becomes the error state. */
  protected abstract load(locale: Locale): Promise<M>;

  /** Lays the model out as marks and navigable points for a width in pixels. */
  protected abstract layout(model: M, width: number, locale: Locale): ChartLayout;

  /** Controls drawn between the summary and the chart (e.g. a rule switch); none by default. */
  protected renderControls(_model: M, _locale: Locale): TemplateResult | typeof nothing {
    return nothing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.clientWidth > 0) this._width = clampWidth(this.clientWidth);
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width) this._width = clampWidth(width);
      // shown again (a tab panel opened): the page may have changed scheme while it was hidden
      this.#updateScheme();
    });
    this.#resizeObserver.observe(this);
    this.#media = matchMedia('(prefers-color-scheme: dark)');
    this.#media.addEventListener('change', this.#onSchemeChange);
    this.addEventListener('transitionrun', this.#onColorSchemeTransition);
    this.addEventListener('transitionend', this.#onColorSchemeTransition);
    this.#updateScheme();
    this.#stopObservingPage = observePage(this, this.#onPageChange);
    this.#onAncestorLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#media?.removeEventListener('change', this.#onSchemeChange);
    this.removeEventListener('transitionrun', this.#onColorSchemeTransition);
    this.removeEventListener('transitionend', this.#onColorSchemeTransition);
    this.#stopObservingPage?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  /** Any failure in an update cycle (willUpdate, render, commit, updated) becomes the error state. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.#fail(error);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.#updateScheme();
    const inputs = [...changed.keys()].filter((key) => {
      const options = (this.constructor as typeof LitElement).elementProperties.get(key);
      return key === 'lang' || (options !== undefined && !options.state && key !== 'theme');
    });
    // a bad theme is an error like any bad attribute; fixing it draws the chart again
    const themeValidity =
      changed.has('theme') &&
      isThemeSetting(this.theme) !== isThemeSetting(changed.get('theme') ?? 'auto');
    if (inputs.length > 0 || themeValidity || !this.hasUpdated) this.#reload();
  }

  protected override updated(): void {
    this.#failures = 0;
    if (this.#readyPending && this._state.status === 'ready') {
      this.#readyPending = false;
      emit(this, 'usmx-ready', {
        title: this._state.model.title,
        summary: this._state.model.summary,
      });
    }
  }

  #reload(): void {
    const run = ++this.#run;
    const locale = resolveLocale(this);
    this.#locale = locale;
    const { lang } = locale;
    if (!isThemeSetting(this.theme)) {
      this.#busy = false;
      this.#fail(
        invalidAttribute(
          'theme',
          this.theme,
          commonMessages[lang].expectedOneOf('auto, light, dark'),
          lang,
        ),
      );
      return;
    }
    // A drawn chart stays (marked busy) until the new one is ready: the layout does not collapse
    // and a focused control, such as a rule picker, keeps the focus.
    if (this._state.status !== 'ready') this._state = { status: 'loading' };
    this.#busy = true;
    this._active = null;
    this._announcement = '';
    this.#layoutCache = undefined;
    Promise.resolve()
      .then(() => this.load(locale))
      .then(
        (model) => {
          if (run !== this.#run) return;
          this.#busy = false;
          this.#readyPending = true;
          this._state = { status: 'ready', model, locale };
        },
        (error: unknown) => {
          if (run !== this.#run) return;
          this.#busy = false;
          this.#fail(error);
        },
      );
  }

  #fail(cause: unknown): void {
    this.#failures += 1;
    // the language of the latest load, whatever the state shown before
    const locale = this.#locale ?? resolveLocale(this);
    const error = toWidgetError(cause, locale.lang);
    this.#readyPending = false;
    this._state = { status: 'error', error, locale };
    emit(this, 'usmx-error', { code: error.code, message: error.message, issues: error.issues });
  }

  #updateScheme(): void {
    if (!isThemeSetting(this.theme)) {
      this._scheme = 'light';
      return;
    }
    // the host's own color-scheme is the page's (inherited, also through a shadow root); with
    // none set, a <meta name="color-scheme"> decides the page's scheme
    const own = getComputedStyle(this).colorScheme;
    const page =
      own && own !== 'normal'
        ? own
        : (document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ??
          'normal');
    this._scheme = resolveTheme(this.theme, page, this.#media?.matches ?? false);
  }

  #layout(model: M, locale: Locale): ChartLayout {
    const cached = this.#layoutCache;
    if (cached && cached.model === model && cached.width === this._width) return cached.layout;
    const layout = this.layout(model, this._width, locale);
    this.#layoutCache = { model, width: this._width, layout };
    return layout;
  }

  override render(): TemplateResult {
    const state = this._state;
    if (this.#failures > 1) return html`<div class="base ${this._scheme}" part="base"></div>`;
    const body =
      state.status === 'loading'
        ? html`<p class="loading" role="status">
            ${commonMessages[resolveLocale(this).lang].loading}
          </p>`
        : state.status === 'error'
          ? this.#renderError(state.error, state.locale)
          : this.#renderReady(state.model, state.locale);
    return html`<div
      class="base ${this._scheme}"
      part="base"
      aria-busy=${this.#busy ? 'true' : 'false'}
    >
      ${body}
    </div>`;
  }

  #renderError(error: WidgetError, locale: Locale): TemplateResult {
    const t = commonMessages[locale.lang];
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${t.errorTitle}</p>
      <p>${error.message}</p>
      ${
        error.issues.length > 0
          ? html`<ul>
              ${error.issues.map(
                (issue) =>
                  html`<li>
                    ${issue.row !== undefined ? html`${t.row} ${issue.row}: ` : nothing}${
                      issue.column !== undefined ? html`<code>${issue.column}</code>` : nothing
                    }${'value' in issue ? html` (${t.value} <code>${formatValue(issue.value)}</code>)` : nothing}:
                    ${issue.reason}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  #renderReady(model: M, locale: Locale): TemplateResult {
    const t = commonMessages[locale.lang];
    const layout = this.#layout(model, locale);
    const active = this._active === null ? undefined : layout.points[this._active];
    // Plain blocks, not <header>/<footer>: those would add banner and contentinfo landmarks to
    // the host page, one pair per widget.
    return html`<div class="header">
        <h2 part="title" class="title">${model.title}</h2>
        <p part="summary" class="summary" id="summary">${model.summary}</p>
        ${model.callout ? html`<p class="callout" part="callout">${model.callout}</p>` : nothing}
      </div>
      ${this.renderControls(model, locale)}
      <div
        part="chart"
        class="chart"
        role="group"
        tabindex="0"
        aria-labelledby="summary"
        aria-describedby="keyboard-help"
        @keydown=${this.#onKeydown}
        @pointermove=${this.#onPointerMove}
        @pointerleave=${this.#onPointerLeave}
      >
        <svg
          class="svg"
          width=${layout.width}
          height=${layout.height}
          viewBox=${`0 0 ${layout.width} ${layout.height}`}
          aria-hidden="true"
        >
          ${layout.marks}
          ${active ? svg`<circle class="focus-ring" cx=${px(active.x)} cy=${px(active.y)} r="7"></circle>` : nothing}
        </svg>
        ${active ? tooltip(active.lines, active.x, active.y, layout.width) : nothing}
      </div>
      <p id="keyboard-help" class="visually-hidden">${t.keyboardHelp}</p>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this._announcement}
      </div>
      <div class="actions" role="group" aria-label=${t.actions}>
        <button
          type="button"
          aria-expanded=${this._tableOpen ? 'true' : 'false'}
          @click=${this.#toggleTable}
        >
          ${this._tableOpen ? t.hideTable : t.showTable}
        </button>
        <button type="button" data-action="csv" @click=${this.#downloadCsv}>
          ${t.downloadCsv}
        </button>
        <button type="button" data-action="svg" @click=${this.#downloadSvg}>
          ${t.downloadSvg}
        </button>
        <button type="button" data-action="png" @click=${this.#downloadPng}>
          ${t.downloadPng}
        </button>
      </div>
      ${this._tableOpen ? dataTable(model.table, model.tableCaption, locale.locale, 'data-table') : nothing}
      <div class="footer" part="footer">
        ${
          model.sources.length > SOURCES_SHOWN
            ? html`<details>
                <summary>${t.sources} (${model.sources.length})</summary>
                <p>${sourceList(model.sources)}.</p>
              </details>`
            : html`<p>${t.sources}: ${sourceList(model.sources)}.</p>`
        }
        <p>${t.citeThis}: <span class="citation">${model.citation}</span></p>
      </div>`;
  }

  #currentLayout(): ChartLayout | undefined {
    return this._state.status === 'ready'
      ? this.#layout(this._state.model, this._state.locale)
      : undefined;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    this.#guard(() => {
      const layout = this.#currentLayout();
      if (!layout) return;
      const index = nextIndex(event.key, this._active, layout.points.length);
      if (index === null) {
        if (event.key === 'Escape') this._active = null;
        return;
      }
      event.preventDefault();
      this._active = index;
      this._announcement = layout.points[index]?.announcement ?? '';
    });
  };

  readonly #onPointerMove = (event: PointerEvent): void => {
    this.#guard(() => {
      const layout = this.#currentLayout();
      const chart = this.renderRoot.querySelector('svg.svg');
      if (!layout || !chart) return;
      const box = chart.getBoundingClientRect();
      if (box.width === 0) return;
      const scale = layout.width / box.width;
      this._active = nearestIndex(
        layout.points,
        (event.clientX - box.left) * scale,
        (event.clientY - box.top) * scale,
        layout.pointer,
      );
    });
  };

  readonly #onPointerLeave = (): void => {
    if (!this.renderRoot.querySelector('.chart:focus-visible')) this._active = null;
  };

  readonly #toggleTable = (): void => {
    this._tableOpen = !this._tableOpen;
  };

  #citationHeader(model: M, locale: Locale): string[] {
    const t = commonMessages[locale.lang];
    return [
      model.title,
      model.summary,
      ...model.sources.map((s) => `${t.csvSource}: ${sourceLabel(s)}${s.url ? ` <${s.url}>` : ''}`),
      `${t.csvCite}: ${model.citation}`,
    ];
  }

  readonly #downloadCsv = (): void => {
    this.#offer('csv', ({ csvBlob }, { model, locale }) =>
      csvBlob(model.table, this.#citationHeader(model, locale)),
    );
  };

  readonly #downloadSvg = (): void => {
    this.#offer('svg', (code) => new Blob([this.#drawnSvg(code).text], { type: 'image/svg+xml' }));
  };

  readonly #downloadPng = (): void => {
    this.#offer('png', (code) => {
      const { text, width, height } = this.#drawnSvg(code);
      return code.svgToPng(text, width, height);
    });
  };

  /** The drawn chart as a standalone SVG document titled with the widget's title and summary. */
  #drawnSvg({ serializeSvg }: DownloadCode): { text: string; width: number; height: number } {
    const layout = this.#currentLayout();
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg.svg');
    const base = this.renderRoot.querySelector('.base');
    if (!layout || !chart || !base || this._state.status !== 'ready')
      throw new Error('No chart is drawn');
    const { title, summary } = this._state.model;
    const background = getComputedStyle(base).backgroundColor;
    const text = serializeSvg(chart, `${title}. ${summary}`, background);
    return { text, width: layout.width, height: layout.height };
  }

  /**
   * Offers the file `make` builds, named after the model, once the download code has loaded (on
   * the first download: most readers never download). Nothing is offered if the widget left the
   * page or drew something else meanwhile; a failure is announced in the widget's language.
   */
  #offer(
    extension: string,
    make: (code: DownloadCode, state: ReadyState<M>) => Blob | Promise<Blob>,
  ): void {
    const state = this._state;
    if (state.status !== 'ready' || this.#downloading.has(extension)) return;
    this.#downloading.add(extension);
    this._announcement = '';
    import('./download.js')
      .then(async (code) => {
        if (!this.isConnected || this._state !== state) return;
        const blob = await make(code, state);
        code.saveBlob(blob, `${code.fileSlug(state.model.fileName)}.${extension}`);
      })
      .catch(() => {
        this._announcement = commonMessages[state.locale.lang].downloadFailed;
      })
      .finally(() => this.#downloading.delete(extension));
  }

  #guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.#fail(error);
    }
  }
}

function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

/** The sources, `; ` between them, each a link where it has an http(s) address. */
function sourceList(sources: WidgetModel['sources']): TemplateResult[] {
  return sources.map((source, i) => {
    const href = safeHref(source.url);
    const label = sourceLabel(source);
    return html`${i > 0 ? '; ' : ''}${href ? html`<a href=${href} rel="noopener noreferrer">${label}</a>` : label}`;
  });
}

/** "Publisher, Title, date", leaving out the publisher or the date when the title already says it. */
export function sourceLabel(source: { title: string; publisher?: string; date?: string }): string {
  const { title, publisher, date } = source;
  const parts = [
    publisher && !title.includes(publisher) ? publisher : '',
    title,
    date && !title.includes(date.slice(0, 4)) ? date : '',
  ];
  return parts.filter(Boolean).join(', ');
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

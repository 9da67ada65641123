import { html, type TemplateResult } from 'lit';
import { citationLines } from './footer.js';
import { type Lang, type Locale } from './i18n.js';
import type { ChartLayout, WidgetModel } from './model.js';
import { commonWords } from '../locales/words.js';

/** What a widget has drawn: its model, the language it was loaded in and its layout. */
export interface DrawnChart<M extends WidgetModel> {
  readonly model: M;
  readonly locale: Locale;
  readonly layout: ChartLayout;
}

/**
 * The downloads of a drawn chart: its table as CSV with the citation, the chart as a standalone
 * SVG document titled with the widget's title and summary, or as a PNG, each named after the
 * model. The code that makes the files is imported on the first download (most readers never
 * download). A second click on one kind waits for the first file; nothing is offered if the
 * widget left the page or drew something else meanwhile; a failure is announced in the widget's
 * language through `announce`.
 */
export class DownloadController<M extends WidgetModel> {
  readonly #host: HTMLElement & { readonly renderRoot: ParentNode };
  readonly #drawn: () => DrawnChart<M> | undefined;
  readonly #announce: (text: string) => void;
  /** The kinds of file being made. */
  readonly #making = new Set<string>();

  constructor(
    host: HTMLElement & { readonly renderRoot: ParentNode },
    drawn: () => DrawnChart<M> | undefined,
    announce: (text: string) => void,
  ) {
    this.#host = host;
    this.#drawn = drawn;
    this.#announce = announce;
  }

  /** The CSV, SVG and PNG download buttons, in `lang`. */
  buttons(lang: Lang): TemplateResult[] {
    const t = commonWords(lang);
    return (['Csv', 'Svg', 'Png'] as const).map(
      (kind) =>
        html`<button type="button" data-action=${kind.toLowerCase()} @click=${this.#offer}>
          ${t[`download${kind}`]}
        </button>`,
    );
  }

  /** Click handler of a button whose `data-action` is the kind of file. */
  readonly #offer = (event: Event): void => {
    const kind = (event.currentTarget as HTMLElement).dataset.action as string;
    const drawn = this.#drawn();
    if (!drawn || this.#making.has(kind)) return;
    this.#making.add(kind);
    this.#announce('');
    import('./download.js')
      .then(async (code) => {
        const now = this.#drawn();
        if (!this.#host.isConnected || now?.model !== drawn.model) return;
        const { model, locale, layout } = now;
        let blob: Blob;
        if (kind === 'csv') blob = code.csvBlob(model.table, citationLines(model, locale.lang));
        else {
          // both are drawn with the model (were they not, the failure is announced)
          const root = this.#host.renderRoot;
          const chart = root.querySelector('svg.svg') as SVGSVGElement;
          const background = getComputedStyle(
            root.querySelector('.base') as Element,
          ).backgroundColor;
          const text = code.serializeSvg(chart, `${model.title}. ${model.summary}`, background);
          blob =
            kind === 'png'
              ? await code.svgToPng(text, layout.width, layout.height)
              : new Blob([text], { type: 'image/svg+xml' });
        }
        code.saveBlob(blob, `${code.fileSlug(model.fileName)}.${kind}`);
      })
      .catch(() => this.#announce(commonWords(drawn.locale.lang).downloadFailed))
      .finally(() => this.#making.delete(kind));
  };
}

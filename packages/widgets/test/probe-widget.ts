import { svg } from 'lit';
import { UsmxElement } from '../src/internal/base-element.js';
import { baseStyles } from '../src/internal/base.styles.js';
import { defineElement } from '../src/internal/define.js';
import { WidgetError } from '../src/internal/errors.js';
import { fetchUserFile } from '../src/internal/fetch-text.js';
import type { Locale } from '../src/internal/i18n.js';
import type { ChartLayout, WidgetModel } from '../src/internal/model.js';

/**
 * A minimal widget for the tests of the base element and its controllers: three points, titled
 * `Probe <lang>` (then the text of the file at `src`, when set), or an error when `fail` is set.
 */
export class ProbeWidget extends UsmxElement<WidgetModel> {
  static override styles = baseStyles;
  static override properties = { fail: {}, more: {} };
  declare fail: string | undefined;
  /** Sources to cite beyond the first two. */
  declare more: string | undefined;
  loads = 0;
  /** While set, loading waits for it. */
  gate: Promise<void> | undefined;

  protected override async load(locale: Locale, signal: AbortSignal): Promise<WidgetModel> {
    this.loads += 1;
    await this.gate;
    if (this.fail === 'throw')
      throw new WidgetError('invalid-attribute', 'bad', [
        { column: 'fail', value: 'throw', reason: 'asked to fail' },
      ]);
    const limits = { signal, maxBytes: this.maxFileSize };
    const file = this.src ? ` ${(await fetchUserFile(this.src, locale.lang, limits)).text}` : '';
    return {
      title: `Probe ${locale.lang}${file}`,
      summary: 'Three points.',
      sources: [
        { id: 'A', title: 'Safe', url: 'https://example.org/a' },
        { id: 'B', title: 'Unsafe', url: 'javascript:alert(1)' },
        ...Array.from({ length: Number(this.more ?? 0) }, (_, i) => ({
          id: `M${i}`,
          title: `More ${i}`,
          url: `https://example.org/m${i}`,
        })),
      ],
      citation: 'usmx probe',
      table: {
        columns: [
          { key: 'x', label: 'x' },
          { key: 'y', label: 'y', numeric: true },
        ],
        rows: [{ x: 'a', y: 1 }],
      },
      tableCaption: 'Probe data',
      fileName: 'probe',
    };
  }

  protected override layout(_model: WidgetModel, width: number): ChartLayout {
    if (this.fail === 'layout') throw new Error('layout broke');
    const points = [10, 20, 30].map((v, i) => ({
      x: (i + 1) * 50,
      y: 100 - v,
      lines: [`P${i}`],
      announcement: `Point ${i}: ${v}`,
    }));
    return { width, height: 120, marks: svg`<g class="marks"></g>`, points };
  }
}
defineElement('usmx-probe', ProbeWidget);

/** Adds a `<usmx-probe>` with `attrs` to `parent` and waits for it to fire `usmx-ready` or `usmx-error`. */
export async function mountProbe(
  attrs: Record<string, string> = {},
  parent: ParentNode = document.body,
): Promise<ProbeWidget> {
  const el = document.createElement('usmx-probe') as ProbeWidget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const settled = new Promise((resolve) => {
    el.addEventListener('usmx-ready', resolve, { once: true });
    el.addEventListener('usmx-error', resolve, { once: true });
  });
  parent.append(el);
  await settled;
  await el.updateComplete;
  return el;
}

/** The colour scheme `el` draws with. */
export function drawnScheme(el: ProbeWidget): 'light' | 'dark' {
  return el.shadowRoot?.querySelector('.base')?.classList.contains('dark') ? 'dark' : 'light';
}

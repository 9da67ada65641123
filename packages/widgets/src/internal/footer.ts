import { html, type TemplateResult } from 'lit';
import { type Lang } from './i18n.js';
import { safeHref } from './links.js';
import type { SourceRef, WidgetModel } from './model.js';
import { commonWords } from '../locales/words.js';

/**
 * Sources the footer lists as they are; more (a lineage cites hundreds) fold behind their count,
 * which the reader opens.
 */
const SOURCES_SHOWN = 3;

/** A widget's footer, in `lang`: the model's sources, each linked where it has an http(s) address, and how to cite the chart. */
export function footer(model: WidgetModel, lang: Lang): TemplateResult {
  const t = commonWords(lang);
  const { sources } = model;
  return html`<div class="footer" part="footer">
    ${
      sources.length > SOURCES_SHOWN
        ? html`<details>
            <summary>${t.sources} (${sources.length})</summary>
            <p>${sourceList(sources)}.</p>
          </details>`
        : html`<p>${t.sources}: ${sourceList(sources)}.</p>`
    }
    <p>${t.citeThis}: <span class="citation">${model.citation}</span></p>
  </div>`;
}

/** The citation of a downloaded table, in `lang`: title, summary, each source, how to cite. */
export function citationLines(model: WidgetModel, lang: Lang): string[] {
  const t = commonWords(lang);
  return [
    model.title,
    model.summary,
    ...model.sources.map((s) => `${t.csvSource}: ${sourceLabel(s)}${s.url ? ` <${s.url}>` : ''}`),
    `${t.csvCite}: ${model.citation}`,
  ];
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

/** The sources, `; ` between them, each a link where it has an http(s) address. */
function sourceList(sources: readonly SourceRef[]): TemplateResult[] {
  return sources.map((source, i) => {
    const href = safeHref(source.url);
    const label = sourceLabel(source);
    return html`${i > 0 ? '; ' : ''}${href ? html`<a href=${href} rel="noopener noreferrer">${label}</a>` : label}`;
  });
}

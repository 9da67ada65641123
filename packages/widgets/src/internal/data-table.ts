import { html, type TemplateResult } from 'lit';
import type { TableModel } from './csv.js';
import { formatNumber } from './i18n.js';

/** The chart's data as an HTML table, numbers formatted for `locale`. */
export function dataTable(
  table: TableModel,
  caption: string,
  locale: string,
  id: string,
): TemplateResult {
  return html`<div class="table-wrap" id=${id} role="region" tabindex="0" aria-label=${caption}>
    <table part="table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) =>
            html`<tr>
              ${table.columns.map((c, i) => {
                const value = row[c.key];
                const text =
                  typeof value === 'number' ? formatNumber(locale, value, 1) : (value ?? '');
                return i === 0
                  ? html`<th scope="row">${text}</th>`
                  : html`<td class=${c.numeric ? 'num' : ''}>${text}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

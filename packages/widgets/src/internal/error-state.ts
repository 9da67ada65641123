import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetError } from './errors.js';
import { type Lang } from './i18n.js';
import { commonWords } from '../locales/words.js';

/** What a widget shows instead of its chart, in `lang`: the error's message and each of its issues. */
export function errorState(error: WidgetError, lang: Lang): TemplateResult {
  const t = commonWords(lang);
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

/** A value as JSON (a string in quotes), or as `String` gives it where JSON cannot (a cycle, a BigInt). */
function formatValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ledgerRows, verdictCounts, type LedgerRow } from './ledger.js';

/**
 * The ledger as a table (claim, who and when, where, verdict, first reason), computed in the
 * reader's browser by `checkClaim` when the page loads.
 */
export class DocsClaimsLedger extends LitElement {
  static override properties = { _rows: { state: true }, _error: { state: true } };

  declare _rows: LedgerRow[] | undefined;
  declare _error: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    ledgerRows().then(
      (rows) => (this._rows = rows),
      (error: unknown) => (this._error = error instanceof Error ? error.message : String(error)),
    );
  }

  /** Light DOM, so the docs page's table styles apply. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult {
    if (this._error)
      return html`<p role="alert">The ledger could not be checked: ${this._error}</p>`;
    const rows = this._rows;
    if (!rows) return html`<p role="status">Checking every claim against the data…</p>`;
    return html`<p>
        ${rows.length} claims:
        ${verdictCounts(rows)
          .filter(([, count]) => count > 0)
          .map(([verdict, count], i) => html`${i > 0 ? ', ' : nothing}${count} ${verdict}`)}.
      </p>
      <table>
        <caption>
          Every claim of the ledger and the verdict computed from the data
        </caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Who, when</th>
            <th scope="col">Where</th>
            <th scope="col">Verdict</th>
            <th scope="col">Direction</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ claim, check, where }) =>
              html`<tr>
                <td>
                  <code>${claim.id}</code><br /><q lang=${claim.language}>${claim.wording}</q>${
                    claim.wordingEn ? html`<br />(${claim.wordingEn})` : nothing
                  }
                </td>
                <td>${claim.claimant}, ${claim.date}</td>
                <td>${where}</td>
                <td><strong>${check.verdict}</strong></td>
                <td>${check.direction ?? 'none'}</td>
                <td>${check.explanation.en[0]}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

if (!customElements.get('docs-claims-ledger'))
  customElements.define('docs-claims-ledger', DocsClaimsLedger);

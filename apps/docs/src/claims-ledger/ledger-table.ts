import { html, nothing, type TemplateResult } from 'lit';
import { CheckedElement, tableHead } from './checked-element.js';
import { ledgerRows, verdictCounts, type LedgerRow } from './ledger.js';

/**
 * The ledger as a table (claim, who and when, where, verdict, first reason), computed in the
 * reader's browser by `checkClaim` when the page loads.
 */
export class DocsClaimsLedger extends CheckedElement<LedgerRow[]> {
  protected readonly what = 'The ledger';

  protected check(): Promise<LedgerRow[]> {
    return ledgerRows();
  }

  protected renderChecked(rows: LedgerRow[]): TemplateResult {
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
        ${tableHead(['Claim', 'Who, when', 'Where', 'Verdict', 'Direction', 'Why'])}
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

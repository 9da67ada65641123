import { claimById } from '@usmx/data/claims';
import { checkClaim, type ClaimCheck, type ClaimReading } from '@usmx/indicators/claims';
import { html, type TemplateResult } from 'lit';
import { CheckedElement, tableHead } from '../claims-ledger/checked-element.js';
import { formatChange, formatCount, formatPercent } from '../format.js';
import { readingRows } from './claims.js';

/** A reading's figure: a percent (a signed change when `signed`) or a count in its unit. */
function formatValue(reading: ClaimReading, signed: boolean): string {
  const value = reading.value;
  if (value === null) return '—';
  if (reading.unit === 'percent') {
    const one = signed ? formatChange : formatPercent;
    return value.low === value.high ? one(value.low) : `${one(value.low)} to ${one(value.high)}`;
  }
  const count =
    value.low === value.high
      ? formatCount(value.low)
      : `${formatCount(value.low)}–${formatCount(value.high)}`;
  return `${count} ${reading.unit === 'pp' ? 'points' : reading.unit}`;
}

/**
 * One claim as `checkClaim` answers it, computed in the reader's browser: the answer with its
 * direction first, then the verdict and every reading (at the claim's date, then now).
 */
export class DocsClaimReadings extends CheckedElement<ClaimCheck> {
  static override properties = { ...CheckedElement.properties, claim: { type: String } };

  declare claim: string;
  protected readonly what = 'The claim';

  protected check(): Promise<ClaimCheck> {
    return checkClaim(claimById(this.claim));
  }

  protected renderChecked(check: ClaimCheck): TemplateResult {
    return html`<p><strong>${check.explanation.en[0]}</strong></p>
      <p>
        Verdict: <strong>${check.verdict}</strong>; direction:
        <strong>${check.direction ?? 'none'}</strong>. ${check.explanation.en.slice(1, 2)}
      </p>
      <table>
        <caption>
          Every reading of
          <code>${check.claim.id}</code
          >, as published on ${check.claimDate} and now
        </caption>
        ${tableHead(['Figure', 'Definition', 'When', 'Value', 'Agrees', 'Note'])}
        <tbody>
          ${readingRows(check, (reading) =>
            formatValue(reading, check.claim.test.indicator === 'homicide-ytd-change'),
          ).map(
            (row) =>
              html`<tr>
                ${[row.figure, row.definition, row.when, row.value, row.agrees, row.note].map(
                  (cell) => html`<td>${cell}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

if (!customElements.get('docs-claim-readings'))
  customElements.define('docs-claim-readings', DocsClaimReadings);

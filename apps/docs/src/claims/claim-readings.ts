import { claimById } from '@usmx/data/claims';
import { checkClaim, type ClaimCheck, type ClaimReading } from '@usmx/indicators/claims';
import { html, LitElement, type TemplateResult } from 'lit';
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
export class DocsClaimReadings extends LitElement {
  static override properties = {
    claim: { type: String },
    _check: { state: true },
    _error: { state: true },
  };

  declare claim: string;
  declare _check: ClaimCheck | undefined;
  declare _error: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    checkClaim(claimById(this.claim)).then(
      (check) => (this._check = check),
      (error: unknown) => (this._error = error instanceof Error ? error.message : String(error)),
    );
  }

  /** Light DOM, so the docs page's table styles apply. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult {
    if (this._error)
      return html`<p role="alert">The claim could not be checked: ${this._error}</p>`;
    const check = this._check;
    if (!check) return html`<p role="status">Checking the claim against the data…</p>`;
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
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Definition</th>
            <th scope="col">When</th>
            <th scope="col">Value</th>
            <th scope="col">Agrees</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          ${readingRows(check, (reading) =>
            formatValue(reading, check.claim.test.indicator === 'homicide-ytd-change'),
          ).map(
            (row) =>
              html`<tr>
                <td>${row.figure}</td>
                <td>${row.definition}</td>
                <td>${row.when}</td>
                <td>${row.value}</td>
                <td>${row.agrees}</td>
                <td>${row.note}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

if (!customElements.get('docs-claim-readings'))
  customElements.define('docs-claim-readings', DocsClaimReadings);

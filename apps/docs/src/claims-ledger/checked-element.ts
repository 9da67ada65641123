import { html, LitElement, type TemplateResult } from 'lit';

/** A table's head: one column header per label. */
export function tableHead(labels: readonly string[]): TemplateResult {
  return html`<thead>
    <tr>
      ${labels.map((label) => html`<th scope="col">${label}</th>`)}
    </tr>
  </thead>`;
}

/**
 * A docs element that checks claims in the reader's browser when it is added to the page: it
 * shows a status line while `check()` runs, an alert if it fails, then `renderChecked(value)`.
 * Light DOM, so the docs page's table styles apply.
 */
export abstract class CheckedElement<T> extends LitElement {
  static override properties = { _value: { state: true }, _error: { state: true } };

  declare _value: T | undefined;
  declare _error: string | undefined;

  /** What is checked, in words: "the ledger", "the claim". */
  protected abstract readonly what: string;
  protected abstract check(): Promise<T>;
  protected abstract renderChecked(value: T): TemplateResult;

  override connectedCallback(): void {
    super.connectedCallback();
    this.check().then(
      (value) => (this._value = value),
      (error: unknown) => (this._error = error instanceof Error ? error.message : String(error)),
    );
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult {
    if (this._error)
      return html`<p role="alert">${this.what} could not be checked: ${this._error}</p>`;
    if (this._value === undefined)
      return html`<p role="status">Checking ${this.what.toLowerCase()} against the data…</p>`;
    return this.renderChecked(this._value);
  }
}

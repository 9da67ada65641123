import { css } from 'lit';

/** Quote, verdict and marks of `<usmx-claim>`, each colour a public custom property with a fallback. */
export const claimStyles = css`
  :host {
    --usmx-claim-agrees-color: light-dark(#1b7a3d, #7fd49b);
    --usmx-claim-disagrees-color: light-dark(#b3261e, #ff8a80);
    --usmx-claim-undecided-color: light-dark(#6b7280, #9ca3af);
    --usmx-claim-band-color: light-dark(#e8eef8, #26303d);
  }
  .claim {
    margin: 0 0 0.75rem;
  }
  blockquote {
    margin: 0;
    padding-left: 0.75rem;
    border-left: 4px solid var(--_accent);
    font-size: 1.1rem;
    font-style: italic;
  }
  .rendering {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  figcaption {
    margin-top: 0.35rem;
    color: var(--_muted);
  }
  .explanation {
    margin: 0 0 0.75rem;
    padding-left: 1.2rem;
  }
  .explanation li + li {
    margin-top: 0.3rem;
  }
  .claimed-band {
    fill: var(--usmx-claim-band-color);
  }
  .reference {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .undrawn {
    fill: var(--_muted);
  }
  .range {
    fill: none;
    stroke-width: 2.5;
  }
  .agrees {
    fill: var(--usmx-claim-agrees-color);
    stroke: var(--usmx-claim-agrees-color);
  }
  .disagrees {
    fill: var(--usmx-claim-disagrees-color);
    stroke: var(--usmx-claim-disagrees-color);
  }
  .undecided {
    fill: var(--usmx-claim-undecided-color);
    stroke: var(--usmx-claim-undecided-color);
  }
  .mark.other {
    fill: var(--_background);
    stroke-width: 2;
  }
  .swatch.other {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .swatch.claimed-band {
    stroke: var(--_muted);
  }
  @media (forced-colors: active) {
    .agrees {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .disagrees,
    .undecided {
      fill: GrayText;
      stroke: GrayText;
    }
    .claimed-band {
      fill: Canvas;
      stroke: Highlight;
    }
    .mark.other {
      fill: Canvas;
    }
  }
  /* a row's colour is for its marks: its label is plain text */
  .row-label {
    fill: var(--_text);
    stroke: none;
  }
  /* the table's rows are named by long series titles: room for them; the other cells, dates and
     ids among them, stay on one line and scroll */
  tbody th {
    min-width: min(16em, 45cqi);
  }
  td {
    white-space: nowrap;
  }
`;

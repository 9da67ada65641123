import { css } from 'lit';

/** Colours of `<usmx-splinter-count>`'s marks and its rule control. */
export const splinterCountStyles = css`
  :host {
    --usmx-splinter-count-counted-color: var(--usmx-accent, light-dark(#1f5fa8, #7db3f0));
    --usmx-splinter-count-published-color: light-dark(#a3520b, #f5a35c);
  }
  .counted {
    fill: var(--usmx-splinter-count-counted-color);
  }
  .counted-line {
    fill: none;
    stroke: var(--usmx-splinter-count-counted-color);
    stroke-width: 2;
  }
  .published {
    fill: var(--_background);
    stroke: var(--usmx-splinter-count-published-color);
    stroke-width: 1.5;
  }
  .halo {
    fill: var(--_background);
  }
  .published-range,
  .published-span {
    fill: none;
    stroke: var(--usmx-splinter-count-published-color);
    stroke-width: 1.5;
  }
  .controls {
    margin: 0 0 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    font-size: 0.875rem;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.125rem 0.25rem;
    max-width: 100%;
  }
  @media (forced-colors: active) {
    .counted {
      fill: CanvasText;
    }
    .counted-line {
      stroke: CanvasText;
    }
    .published,
    .published-range,
    .published-span {
      stroke: Highlight;
    }
  }
`;

import { css } from 'lit';

/** Colours of `<usmx-group-lineage>`'s lines and event symbols. */
export const groupLineageStyles = css`
  :host {
    --usmx-group-lineage-line-color: var(--usmx-accent, light-dark(#1f5fa8, #7db3f0));
    --usmx-group-lineage-event-color: var(--usmx-color-highlight, light-dark(#b3261e, #ff8a80));
  }
  .lifeline {
    fill: none;
    stroke: var(--usmx-group-lineage-line-color);
    stroke-width: 3;
    stroke-linecap: round;
  }
  /* the years before a split or founding: thinner and dashed, in the line's own colour, so it
     keeps the line's contrast in either scheme; longer dashes than the connectors' */
  .before-founding {
    fill: none;
    stroke: var(--usmx-group-lineage-line-color);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .connector {
    fill: none;
    stroke: var(--usmx-group-lineage-line-color);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  /* a box of the background beneath each name (above the connectors) keeps it legible where a
     connector passes beneath it; a halo of the background (painted first: paint-order in the
     markup) covers what a font wider than the box's estimate leaves out */
  .label-backdrop {
    fill: var(--_background);
    stroke: none;
  }
  .org-label {
    font-size: 11px;
    fill: var(--_text);
    stroke: var(--_background);
    stroke-width: 3;
  }
  .event {
    fill: var(--usmx-group-lineage-event-color);
    stroke: var(--usmx-group-lineage-event-color);
    stroke-width: 1.5;
  }
  .event.killed {
    fill: none;
    stroke-width: 2;
  }
  .event.unverified {
    fill: var(--_background);
  }
  /* a killing not verified is the outline of a ✕ */
  .event.killed.unverified {
    fill: var(--_background);
    stroke-width: 1.25;
  }
  @media (forced-colors: active) {
    .lifeline,
    .before-founding,
    .connector {
      stroke: CanvasText;
    }
    .event {
      fill: Highlight;
      stroke: Highlight;
    }
  }
`;

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
  .connector {
    fill: none;
    stroke: var(--usmx-group-lineage-line-color);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .org-label {
    font-size: 11px;
    fill: var(--_text);
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
  @media (forced-colors: active) {
    .lifeline,
    .connector {
      stroke: CanvasText;
    }
    .event {
      fill: Highlight;
      stroke: Highlight;
    }
  }
`;

import { css } from 'lit';

/** Colours of `<usmx-homicide-trend>`'s marks, each a public custom property with a shared fallback. */
export const homicideTrendStyles = css`
  :host {
    --usmx-homicide-trend-bar-color: var(--usmx-accent, light-dark(#1f5fa8, #7db3f0));
    --usmx-homicide-trend-record-color: var(--usmx-color-highlight, light-dark(#b3261e, #ff8a80));
    --usmx-homicide-trend-projection-color: light-dark(#7a4fb5, #c9a7f5);
  }
  .bar {
    fill: var(--usmx-homicide-trend-bar-color);
  }
  .bar.record {
    fill: var(--usmx-homicide-trend-record-color);
  }
  .bar.ytd {
    fill: var(--usmx-homicide-trend-projection-color);
  }
  .projection {
    fill: none;
    stroke: var(--usmx-homicide-trend-projection-color);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .interval {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .reference {
    fill: none;
    stroke: var(--usmx-homicide-trend-record-color);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .record-label {
    fill: var(--_text);
    font-size: 11px;
  }
  @media (forced-colors: active) {
    .bar,
    .bar.record {
      fill: CanvasText;
    }
    /* the months so far: outlined, not filled like a complete year */
    .bar.ytd {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .bar.record {
      fill: Highlight;
    }
    .projection,
    .reference,
    .interval {
      stroke: CanvasText;
    }
  }
`;

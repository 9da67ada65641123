import { css } from 'lit';

/** Colours of `<usmx-corridor-share>`'s marks, each a public custom property with a shared fallback. */
export const corridorShareStyles = css`
  :host {
    --usmx-corridor-share-corridor-color: var(--usmx-accent, light-dark(#1f5fa8, #7db3f0));
    --usmx-corridor-share-caribbean-color: light-dark(#a3520b, #f5a35c);
    --usmx-corridor-share-window-color: light-dark(#eef2f7, #23272e);
  }
  .corridor {
    fill: var(--usmx-corridor-share-corridor-color);
    stroke: var(--usmx-corridor-share-corridor-color);
  }
  .caribbean {
    fill: var(--usmx-corridor-share-caribbean-color);
    stroke: var(--usmx-corridor-share-caribbean-color);
  }
  .span .point,
  .swatch.span {
    fill: var(--_background);
    stroke-width: 2;
  }
  .swatch.span {
    stroke: var(--_text);
  }
  .range {
    fill: none;
    stroke-width: 2;
  }
  .window {
    fill: var(--usmx-corridor-share-window-color);
  }
  .swatch-window {
    stroke: var(--_muted);
  }
  .swatch-range {
    stroke: var(--_text);
  }
  .swing-line {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  @media (forced-colors: active) {
    .corridor {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .caribbean {
      fill: Highlight;
      stroke: Highlight;
    }
    .window {
      fill: Canvas;
      stroke: GrayText;
    }
    .swing-line {
      stroke: CanvasText;
    }
  }
`;

import { css } from 'lit';

/**
 * Layout, tokens and states shared by every widget. Each colour is a public custom property with a
 * `light-dark()` default, resolved against the widget's colour scheme (`.base.light` / `.base.dark`).
 */
export const baseStyles = css`
  :host {
    display: block;
    min-width: 280px;
    max-width: 1200px;
    --_font: var(--usmx-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--usmx-color-text, light-dark(#1b1d21, #eceef1));
    --_muted: var(--usmx-color-muted, light-dark(#545a63, #aab1bb));
    --_background: var(--usmx-color-background, light-dark(#ffffff, #16181c));
    --_grid: var(--usmx-color-grid, light-dark(#e3e5e8, #30343a));
    --_accent: var(--usmx-accent, light-dark(#1f5fa8, #7db3f0));
    --_highlight: var(--usmx-color-highlight, light-dark(#b3261e, #ff8a80));
    --_focus: var(--usmx-color-focus, light-dark(#0b57d0, #a8c7fa));
    /* not motion: the transition's events tell the widget that the page's color-scheme changed;
       step-start gives the new value from the transition's start */
    transition: color-scheme 1ms step-start allow-discrete;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 0.9375rem;
    line-height: 1.4;
    color: var(--_text);
    background: var(--_background);
    padding: 0.75rem;
    position: relative;
  }
  .base.light {
    color-scheme: light;
  }
  .base.dark {
    color-scheme: dark;
  }
  .title {
    font-size: 1.125rem;
    margin: 0 0 0.25rem;
    line-height: 1.25;
  }
  .summary {
    margin: 0 0 0.5rem;
    color: var(--_text);
  }
  .callout {
    margin: 0 0 0.5rem;
    font-weight: 600;
    color: var(--_highlight);
  }
  .chart {
    position: relative;
    outline: none;
    border-radius: 4px;
  }
  .chart:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-family: var(--_font);
    font-size: 12px;
  }
  .axis text,
  .label {
    fill: var(--_muted);
  }
  .axis .domain {
    stroke: var(--_muted);
  }
  .axis .grid {
    stroke: var(--_grid);
  }
  .axis-title {
    fill: var(--_muted);
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .tooltip {
    position: absolute;
    pointer-events: none;
    background: var(--_text);
    color: var(--_background);
    padding: 0.25rem 0.5rem;
    border-radius: 4px;
    font-size: 0.8125rem;
    /* tooltips sit beside the point, on the side with more room: half the chart at most */
    width: max-content;
    max-width: calc(50% - 8px);
    overflow-wrap: anywhere;
    z-index: 1;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0.5rem 0;
  }
  button {
    font: inherit;
    font-size: 0.8125rem;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.25rem 0.5rem;
    cursor: pointer;
  }
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .table-wrap {
    overflow-x: auto;
    max-height: 24rem;
    /* the caption stays in view, wrapped to the box, while a wide table scrolls */
    container-type: inline-size;
    /* a shade at the bottom and right edges while rows or columns lie beyond them: the covers
       scroll with the table and hide the shade at its end; a shadow in both schemes, never a
       glow */
    --_shade: light-dark(#0003, #000b);
    background:
      linear-gradient(0deg, var(--_background) 40%, #0000) bottom / 100% 2rem local,
      linear-gradient(270deg, var(--_background) 40%, #0000) right / 2rem 100% local,
      linear-gradient(0deg, var(--_shade), #0000) bottom / 100% 0.5rem,
      linear-gradient(270deg, var(--_shade), #0000) right / 0.5rem 100%;
    background-repeat: no-repeat;
  }
  /* the column names stay in view while the rows scroll, and the row names while the columns
     do, each with its rule: every cell draws its rule inside itself (a collapsed border would
     stay behind a sticky cell), so the rules of a row line up */
  thead th {
    position: sticky;
    top: 0;
  }
  tbody th,
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
  }
  thead th:first-child {
    z-index: 1;
  }
  thead th,
  tbody th {
    background: var(--_background);
  }
  table {
    border-collapse: collapse;
    font-size: 0.8125rem;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
    position: sticky;
    inset-inline-start: 0;
    max-width: 100cqi;
  }
  th,
  td {
    padding: 0.125rem 0.5rem;
    box-shadow: inset 0 -1px var(--_grid);
    text-align: start;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .notes {
    margin: 0.25rem 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .footer {
    font-size: 0.8125rem;
    color: var(--_muted);
    /* long source titles and addresses wrap in a narrow column */
    overflow-wrap: anywhere;
  }
  .footer p {
    margin: 0.25rem 0;
  }
  .footer summary {
    cursor: pointer;
    margin: 0.25rem 0;
  }
  a {
    color: var(--_accent);
  }
  .loading {
    color: var(--_muted);
    min-height: 8rem;
  }
  .error {
    border: 2px solid var(--_highlight);
    border-radius: 4px;
    padding: 0.5rem 0.75rem;
  }
  .error-title {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .mark {
      transition: opacity 150ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .base {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_grid: GrayText;
      --_accent: LinkText;
      --_highlight: Highlight;
      --_focus: Highlight;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    /* forced colours drop box shadows: the rules become borders again */
    th,
    td {
      border-bottom: 1px solid GrayText;
    }
  }
`;

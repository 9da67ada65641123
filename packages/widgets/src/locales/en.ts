/*
 * The English words of every widget, one table per widget and one shared (`common`), each keyed by
 * message id. `es.ts` has the same tables in Spanish, type-checked against these. The shared table
 * is here; each widget's is in `en/<widget>.ts`, with the accessor the widget reads either language
 * through (`claimWords(lang)`), so that a widget's words travel with its code only; Spanish loads
 * only for a widget that speaks it (`spanish.ts`). The words of what went wrong are in
 * `en.issues.ts`.
 */

/** Words every widget shares: actions, states, table and footer labels, attribute errors. */
export const common = {
  loading: 'Loading chart…',
  errorTitle: 'This chart could not be drawn',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  actions: 'Chart actions',
  keyboardHelp:
    'Use the left and right arrow keys to move between data points, Home and End to jump to the ends.',
  sources: 'Sources',
  citeThis: 'Cite this',
  csvSource: 'Source',
  csvCite: 'Cite',
  downloadFailed: 'The download failed. Please try again.',
  row: 'row',
  column: 'column',
  value: 'value',
  invalidAttribute: (name: string) => `Invalid attribute "${name}"`,
  invalidAttributes: (n: number) => (n === 1 ? 'Invalid attribute' : `${n} invalid attributes`),
  invalid: 'invalid',
  expectedOneOf: (values: string) => `expected one of: ${values}`,
  notAfterTo: (to: number) => `must not be after to (${to})`,
  afterData: (last: number) => `after the last year in the data (${last})`,
  invalidValues: (origin: string, n: number, atLeast?: boolean) =>
    `${origin}: ${atLeast ? 'at least ' : ''}${n} invalid ${n === 1 ? 'value' : 'values'}`,
  problems: (n: number, atLeast?: boolean) =>
    n === 1 ? '1 problem in the input' : `${atLeast ? 'at least ' : ''}${n} problems in the input`,
};

export { claim } from './en/claim.js';
export { corridorShare } from './en/corridor-share.js';
export { groupLineage } from './en/group-lineage.js';
export { homicideTrend } from './en/homicide-trend.js';
export { splinterCount } from './en/splinter-count.js';

/**
 * Homicides in Mexico (INEGI deaths, SESNSP victims and case files): the series, every observation,
 * and a loader that fetches one series at a time.
 *
 * @packageDocumentation
 */
export { homicideSeries } from './series.js';
export { homicideObservations } from './observations.js';
export {
  homicideSeriesIds,
  loadHomicideObservations,
  loadHomicideSeries,
  type HomicideScope,
} from './load.js';
export type { HomicideSeriesEntry } from './series-entry.js';
export { latestVintage } from './vintage.js';
export { homicideSources } from './sources.js';

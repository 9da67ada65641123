/**
 * Homicides in Mexico (INEGI deaths, SESNSP victims and case files): the series, every observation,
 * and a loader that fetches one series at a time.
 *
 * @packageDocumentation
 */
export { homicideSeries } from './series.js';
export { homicideObservations } from './observations.js';
export { loadHomicideObservations, type HomicideScope } from './load.js';
export { latestVintage } from './vintage.js';
export { homicideSources } from './sources.js';

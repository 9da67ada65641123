import { homicideLoaders, homicideSeriesLoaders } from '../generated/homicide-loaders.js';
import type { HomicideObservation } from '../schemas/homicides.js';
import { expandHomicideColumns } from './columnar.js';
import type { HomicideSeriesEntry } from './series-entry.js';

/** Which regions to load: the nation (`MX`), the 32 states, or both. */
export type HomicideScope = 'national' | 'states' | 'all';

/**
 * Loads the observations of one homicide series, fetching only that series' data (each series and
 * scope is a separate lazily imported chunk, so a bundler splits them).
 *
 * @param seriesId - a `homicideSeries` id, e.g. `inegi-registration-monthly`.
 * @param scope - `national` (region `MX`), `states` (the 32 states) or `all` (default).
 * @returns every vintage of every matching row; a series without state data gives `[]` for `states`.
 * @throws Error (as a rejected promise) when the series id is unknown.
 */
export async function loadHomicideObservations(
  seriesId: string,
  scope: HomicideScope = 'all',
): Promise<HomicideObservation[]> {
  const loaders = Object.hasOwn(homicideLoaders, seriesId) ? homicideLoaders[seriesId] : undefined;
  if (!loaders) throw unknownSeries(seriesId);
  if (scope !== 'national' && scope !== 'states' && scope !== 'all')
    throw new Error(`Unknown scope "${String(scope)}": use national, states or all`);
  const wanted = scope === 'all' ? [loaders.national, loaders.states] : [loaders[scope]];
  const chunks = await Promise.all(wanted.map((load) => load?.()));
  return chunks.flatMap((chunk) => (chunk ? expandHomicideColumns(chunk.default) : []));
}

/** The id of every homicide series, in the order of `homicideSeries`, without loading their descriptions. */
export const homicideSeriesIds: readonly string[] = Object.keys(homicideSeriesLoaders);

/**
 * Loads one homicide series' description (its row of `homicideSeries`) and the sources it cites,
 * with those they were read through: a small chunk of its own, so a page that shows one series
 * fetches neither the other series' descriptions nor their sources.
 *
 * @throws Error (as a rejected promise) when the series id is unknown.
 */
export async function loadHomicideSeries(seriesId: string): Promise<HomicideSeriesEntry> {
  const load = Object.hasOwn(homicideSeriesLoaders, seriesId)
    ? homicideSeriesLoaders[seriesId]
    : undefined;
  if (!load) throw unknownSeries(seriesId);
  return (await load()).default;
}

function unknownSeries(seriesId: string): Error {
  return new Error(
    `Unknown homicide series "${seriesId}". Known series: ${homicideSeriesIds.join(', ')}`,
  );
}

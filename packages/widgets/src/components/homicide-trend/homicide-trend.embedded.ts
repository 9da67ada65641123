import {
  homicideSeriesIds,
  loadHomicideObservations,
  loadHomicideSeries,
  type HomicideSeriesEntry,
} from '@usmx/data/homicides';
import type { HomicideObservation } from '@usmx/data/schemas';

/** One series of the embedded dataset in one scope, on its way: its rows, and its description and sources. */
export interface EmbeddedSeries {
  readonly rows: Promise<HomicideObservation[]>;
  readonly entry: Promise<HomicideSeriesEntry>;
}

const requested = new Map<string, EmbeddedSeries>();

/**
 * The embedded rows of series `id` for `region` (the nation's for `MX`, else the 32 states') and
 * the series' description, each fetched once per page (again after a failure). The widget asks
 * for them before its chart code has loaded, so all download at once; `undefined` for an id the
 * dataset does not have.
 */
export function embeddedSeries(id: string, region: string): EmbeddedSeries | undefined {
  if (!homicideSeriesIds.includes(id)) return undefined;
  const key = `${id} ${region === 'MX' ? 'national' : 'states'}`;
  let series = requested.get(key);
  if (!series) {
    series = {
      rows: loadHomicideObservations(id, region === 'MX' ? 'national' : 'states'),
      entry: loadHomicideSeries(id),
    };
    requested.set(key, series);
    // a failed download is forgotten (and counts as handled: the load that awaits it reports it)
    Promise.all([series.rows, series.entry]).catch(() => requested.delete(key));
  }
  return series;
}

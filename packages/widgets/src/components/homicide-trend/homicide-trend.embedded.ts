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
const described = new Map<string, Promise<HomicideSeriesEntry>>();

/**
 * The description and sources of series `id`, fetched once per page (again after a failure);
 * `undefined` for an id the dataset does not have.
 */
export function seriesEntry(id: string): Promise<HomicideSeriesEntry> | undefined {
  if (!homicideSeriesIds.includes(id)) return undefined;
  let entry = described.get(id);
  if (!entry) {
    entry = loadHomicideSeries(id);
    described.set(id, entry);
    // a failed download is forgotten (and counts as handled: the load that awaits it reports it)
    entry.catch(() => described.delete(id));
  }
  return entry;
}

/**
 * The embedded rows of series `id` for `region` (the nation's for `MX`, else the 32 states') and
 * the series' description ({@link seriesEntry}), each fetched once per page (again after a
 * failure). The widget asks for them before its chart code has loaded, so all download at once;
 * `undefined` for an id the dataset does not have.
 */
export function embeddedSeries(id: string, region: string): EmbeddedSeries | undefined {
  const entry = seriesEntry(id);
  if (!entry) return undefined;
  const scope = region === 'MX' ? 'national' : 'states';
  const key = `${id} ${scope}`;
  let series = requested.get(key);
  if (!series) {
    series = { rows: loadHomicideObservations(id, scope), entry };
    requested.set(key, series);
    Promise.all([series.rows, entry]).catch(() => requested.delete(key));
  }
  return series;
}

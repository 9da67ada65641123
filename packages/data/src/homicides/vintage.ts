import type { HomicideObservation } from '../schemas/homicides.js';

/**
 * Keeps, for each (series, region, year, month), the row of the latest vintage, or of the latest
 * vintage published on or before `asOf` ("what the data said on that day"). Vintages compare as
 * text, so a coarse vintage (`2018-07`) counts as published on the first day of its month or year.
 *
 * @param observations - rows of any series, in any order.
 * @param asOf - optional `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; rows published later are ignored.
 * @returns one row per key, in the order their keys first appear in `observations`.
 */
export function latestVintage<T extends HomicideObservation>(
  observations: readonly T[],
  asOf?: string,
): T[] {
  const latest = new Map<string, T>();
  for (const row of observations) {
    if (asOf !== undefined && row.vintage > asOf) continue;
    const key = `${row.seriesId}|${row.region}|${row.year}|${row.month ?? ''}`;
    const kept = latest.get(key);
    if (!kept || row.vintage > kept.vintage) latest.set(key, row);
  }
  return [...latest.values()];
}

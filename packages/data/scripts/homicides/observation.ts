import type { HomicideObservation } from '../../src/schemas/homicides.js';
import { regionByInegiCode } from '../../src/regions.js';
import type { RawRow } from '../lib/raw-csv.js';

/** The region of a raw row's INEGI state code (`00` = national). */
export function regionOf(row: RawRow, column: string): string {
  const region = regionByInegiCode(row.text(column));
  if (!region) row.fail(column, 'unknown INEGI state code');
  return region.code;
}

/** Like {@link regionOf}, for a file of states only: the national code `00` is an error. */
export function stateRegionOf(row: RawRow, column: string): string {
  const region = regionOf(row, column);
  if (region === 'MX') row.fail(column, 'this file has states only');
  return region;
}

/** Key of one observation: series, region, period and vintage. */
export function observationKey(
  row: Pick<HomicideObservation, 'seriesId' | 'region' | 'year' | 'month' | 'vintage'>,
): string {
  return `${row.seriesId}|${row.region}|${row.year}|${row.month ?? ''}|${row.vintage}`;
}

/**
 * Sums state rows into national (`MX`) rows, one per series, period and vintage. Every group must
 * hold all 32 states: a national figure is never made from a partial set.
 */
export function nationalSums(
  stateRows: readonly HomicideObservation[],
  options: { sourceId: string; withPopulation: boolean; populationDecimals?: number },
): HomicideObservation[] {
  const groups = new Map<string, HomicideObservation[]>();
  for (const row of stateRows) {
    const key = observationKey({ ...row, region: 'MX' });
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const national: HomicideObservation[] = [];
  for (const [key, group] of groups) {
    const states = new Set(group.map((row) => row.region));
    if (states.size !== 32 || group.length !== 32) {
      throw new Error(
        `national sum ${key}: expected the 32 states once each, found ${group.length} rows for ${states.size} states`,
      );
    }
    const first = group[0]!;
    const row: HomicideObservation = {
      seriesId: first.seriesId,
      region: 'MX',
      year: first.year,
      count: group.reduce((sum, state) => sum + state.count, 0),
      sourceId: options.sourceId,
      vintage: first.vintage,
    };
    if (first.month !== undefined) row.month = first.month;
    if (options.withPopulation) {
      const scale = 10 ** (options.populationDecimals ?? 0);
      const total = group.reduce((sum, state) => {
        if (state.population === undefined)
          throw new Error(`national sum ${key}: ${state.region} has no population`);
        return sum + state.population;
      }, 0);
      row.population = Math.round(total * scale) / scale;
    }
    national.push(row);
  }
  return national;
}

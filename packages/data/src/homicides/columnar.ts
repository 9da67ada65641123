import type { HomicideObservation } from '../schemas/homicides.js';

/**
 * Homicide observations of one series and one scope (the nation, or the 32 states), stored one
 * array per field. Repeated strings (regions, sources, vintages) are stored once in a dictionary and
 * referenced by index. Row `i` is made of element `i` of every column.
 */
export interface HomicideColumns {
  seriesId: string;
  regions: string[];
  region: number[];
  year: number[];
  /** `null` for annual rows. */
  month: (number | null)[];
  count: number[];
  /** `null` where the source gives no population; the whole column is absent when none does. */
  population?: (number | null)[];
  sourceIds: string[];
  sourceId: number[];
  vintages: string[];
  vintage: number[];
  status?: ('preliminary' | 'definitive' | null)[];
  verified?: ('true' | 'partial' | 'false' | null)[];
}

function at<T>(values: readonly T[], index: number, column: string): T {
  const value = values[index];
  if (value === undefined) throw new RangeError(`homicide columns: no ${column} at row ${index}`);
  return value;
}

/** Expands columns into row objects; optional fields are left out where the column holds `null`. */
export function expandHomicideColumns(columns: HomicideColumns): HomicideObservation[] {
  const rows: HomicideObservation[] = new Array(columns.count.length);
  for (let i = 0; i < columns.count.length; i++) {
    const row: HomicideObservation = {
      seriesId: columns.seriesId,
      region: at(columns.regions, at(columns.region, i, 'region'), 'region'),
      year: at(columns.year, i, 'year'),
      count: at(columns.count, i, 'count'),
      sourceId: at(columns.sourceIds, at(columns.sourceId, i, 'sourceId'), 'sourceId'),
      vintage: at(columns.vintages, at(columns.vintage, i, 'vintage'), 'vintage'),
    };
    const month = columns.month[i];
    if (month != null) row.month = month;
    const population = columns.population?.[i];
    if (population != null) row.population = population;
    const status = columns.status?.[i];
    if (status != null) row.status = status;
    const verified = columns.verified?.[i];
    if (verified != null) row.verified = verified;
    rows[i] = row;
  }
  return rows;
}

/** Packs rows of one series into columns (the inverse of {@link expandHomicideColumns}). */
export function packHomicideColumns(
  seriesId: string,
  rows: readonly HomicideObservation[],
): HomicideColumns {
  const dictionary = () => {
    const values: string[] = [];
    const index = new Map<string, number>();
    return {
      values,
      ref(value: string): number {
        let i = index.get(value);
        if (i === undefined) {
          i = values.length;
          values.push(value);
          index.set(value, i);
        }
        return i;
      },
    };
  };
  const regions = dictionary();
  const sources = dictionary();
  const vintages = dictionary();
  const columns: HomicideColumns = {
    seriesId,
    regions: regions.values,
    region: [],
    year: [],
    month: [],
    count: [],
    sourceIds: sources.values,
    sourceId: [],
    vintages: vintages.values,
    vintage: [],
  };
  const population = rows.map((row) => row.population ?? null);
  const status = rows.map((row) => row.status ?? null);
  const verified = rows.map((row) => row.verified ?? null);
  for (const row of rows) {
    if (row.seriesId !== seriesId)
      throw new Error(`row of ${row.seriesId} packed into ${seriesId}`);
    columns.region.push(regions.ref(row.region));
    columns.year.push(row.year);
    columns.month.push(row.month ?? null);
    columns.count.push(row.count);
    columns.sourceId.push(sources.ref(row.sourceId));
    columns.vintage.push(vintages.ref(row.vintage));
  }
  if (population.some((value) => value !== null)) columns.population = population;
  if (status.some((value) => value !== null)) columns.status = status;
  if (verified.some((value) => value !== null)) columns.verified = verified;
  return columns;
}

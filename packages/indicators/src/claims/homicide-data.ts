import type { HomicideCrime, HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import type { ClaimReadings } from './readings.js';

/** Crimes that count homicides as a whole (not one component such as feminicide alone). */
const TOTAL_CRIMES: readonly HomicideCrime[] = [
  'intentional-homicide',
  'intentional-homicide-and-feminicide',
  'all-homicide',
];

/** The series a homicide claim is read against, with whether each has the claim's own crime. */
export interface CandidateSeries {
  series: HomicideSeries;
  sameDefinition: boolean;
}

/**
 * Series of the claim's crime, and of the other whole-homicide crimes (reported as other
 * definitions), that cover the region and the given span of months or years.
 */
export function candidateSeries(
  series: readonly HomicideSeries[],
  crime: HomicideCrime,
  region: string,
  covers: (series: HomicideSeries) => boolean,
): CandidateSeries[] {
  const crimes = TOTAL_CRIMES.includes(crime) ? TOTAL_CRIMES : [crime];
  return series
    .filter(
      (row) =>
        crimes.includes(row.crime) &&
        (region === 'MX' || row.geography === 'national-and-states') &&
        covers(row),
    )
    .map((row) => ({ series: row, sameDefinition: row.crime === crime }));
}

/** Loads the rows of one series in one region (the package's lazily, or from the caller's rows). */
export type SeriesLoader = (seriesId: string, region: string) => Promise<HomicideObservation[]>;

/** The series a homicide claim may be read in, and how to load their rows. */
export interface HomicideInputs {
  series: readonly HomicideSeries[];
  load: SeriesLoader;
}

/**
 * The readings of a homicide claim of `crime` in `region`: `read` is given each candidate series
 * that `covers` the claim and has rows in the region (in the order of `series`), with its rows,
 * and pushes what it reads into the readings.
 */
export async function seriesReadings(
  { crime, region }: { crime: HomicideCrime; region: string },
  { series, load }: HomicideInputs,
  covers: (series: HomicideSeries) => boolean,
  read: (candidate: CandidateSeries, rows: HomicideObservation[], readings: ClaimReadings) => void,
): Promise<ClaimReadings> {
  const readings: ClaimReadings = { atClaimDate: [], now: [] };
  for (const candidate of candidateSeries(series, crime, region, covers)) {
    const rows = await load(candidate.series.id, region);
    if (rows.length > 0) read(candidate, rows, readings);
  }
  return readings;
}

/** A loader over rows the caller gave. */
export function rowsLoader(rows: readonly HomicideObservation[]): SeriesLoader {
  return (seriesId, region) =>
    Promise.resolve(rows.filter((row) => row.seriesId === seriesId && row.region === region));
}

/** Whether any row was published on or before `date`. */
export function hasReleaseBy(rows: readonly HomicideObservation[], date: string): boolean {
  return rows.some((row) => row.vintage <= date);
}

/** Latest release among the rows used. */
export function latestRelease(vintages: readonly string[]): string | null {
  return vintages.length === 0 ? null : [...vintages].sort().at(-1)!;
}

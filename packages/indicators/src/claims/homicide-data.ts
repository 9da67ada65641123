import type { HomicideCrime, HomicideObservation, HomicideSeries } from '@usmx/data/schemas';

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

import type { HomicideCrime, HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import { latestMonth } from '../homicide-trend/latest-month.js';
import { unlessInputError, type ClaimReadings } from './readings.js';
import type { ClaimReading } from './types.js';

/** The series a homicide claim is read against, with whether each has the claim's own crime. */
export interface CandidateSeries {
  series: HomicideSeries;
  sameDefinition: boolean;
}

/** Which crimes are the claim's own and which other ones are plausible (the claim row's data). */
export interface HomicideDefinitions {
  own: readonly HomicideCrime[];
  other: readonly HomicideCrime[];
}

/**
 * Series of the claim's own crimes, and of the other plausible ones (reported as other
 * definitions), that cover the region and the given span of months or years.
 */
export function candidateSeries(
  series: readonly HomicideSeries[],
  definitions: HomicideDefinitions,
  region: string,
  covers: (series: HomicideSeries) => boolean,
): CandidateSeries[] {
  const crimes = [...definitions.own, ...definitions.other];
  return series
    .filter(
      (row) =>
        crimes.includes(row.crime) &&
        (region === 'MX' || row.geography === 'national-and-states') &&
        covers(row),
    )
    .map((row) => ({ series: row, sameDefinition: definitions.own.includes(row.crime) }));
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
 * and pushes what it reads into the readings. The candidates' rows are all loaded at once.
 */
export async function seriesReadings(
  { definitions, region }: { definitions: HomicideDefinitions; region: string },
  { series, load }: HomicideInputs,
  covers: (series: HomicideSeries) => boolean,
  read: (candidate: CandidateSeries, rows: HomicideObservation[], readings: ClaimReadings) => void,
): Promise<ClaimReadings> {
  const readings: ClaimReadings = { atClaimDate: [], now: [] };
  const candidates = candidateSeries(series, definitions, region, covers);
  // every series loads at once (one round trip, not one per series), then is read in order
  const loaded = await Promise.all(candidates.map(({ series: { id } }) => load(id, region)));
  candidates.forEach((candidate, i) => {
    const rows = loaded[i] as HomicideObservation[];
    if (rows.length > 0) read(candidate, rows, readings);
  });
  return readings;
}

/** A loader over rows the caller gave. */
export function rowsLoader(rows: readonly HomicideObservation[]): SeriesLoader {
  return (seriesId, region) =>
    Promise.resolve(rows.filter((row) => row.seriesId === seriesId && row.region === region));
}

/**
 * The last month to read as published on `claimDate`: `asOf`, or the latest month published by then
 * when that is earlier; `null` when nothing published by then reaches January of `asOf`'s year.
 */
export function monthAtClaimDate(
  rows: readonly HomicideObservation[],
  series: HomicideSeries,
  region: string,
  claimDate: string,
  asOf: string,
): string | null {
  const latest = unlessInputError(
    () => latestMonth(rows, { series: series.id, region, vintage: claimDate }),
    null,
  );
  if (latest === null || latest < `${asOf.slice(0, 4)}-01`) return null;
  return latest < asOf ? latest : asOf;
}

/**
 * A claim-date reading with no figure: no release of the series held from on or before the claim's
 * date covers the months the claim speaks of.
 */
export function noReleaseHeld(
  { series, sameDefinition }: CandidateSeries,
  claimDate: string,
  months: string,
): ClaimReading {
  return {
    id: series.id,
    kind: 'series',
    label: series.title,
    asOf: 'claim-date',
    vintage: null,
    value: null,
    unit: series.unit,
    sameDefinition,
    counted: true,
    agrees: null,
    note: {
      en: `no release held from on or before ${claimDate} covers ${months}`,
      es: `ninguna publicación conservada del ${claimDate} o anterior cubre ${months}`,
    },
    sourceIds: series.sourceIds,
  };
}

/** Latest release among the rows used. */
export function latestRelease(vintages: readonly string[]): string | null {
  return vintages.length === 0 ? null : [...vintages].sort().at(-1)!;
}

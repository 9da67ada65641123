import * as z from 'zod/mini';
import {
  bilingual,
  count,
  isoDate,
  month,
  regionCode,
  sourceId,
  verified,
  year,
} from './primitives.js';

/** Who publishes a series. */
export const agency = z.enum(['INEGI', 'SESNSP']);
/** What one unit of `count` is: a death certificate, a victim, or a case file (incident). */
export const homicideUnit = z.enum(['deaths', 'victims', 'incidents']);
/**
 * How a series is compiled: INEGI by registration or by occurrence date; SESNSP's 1997-2017
 * method (CIEISP) or its 2015- method (CNSP/38/15).
 */
export const homicideMethodology = z.enum([
  'inegi-registration',
  'inegi-occurrence',
  'sesnsp-1997',
  'sesnsp-2015',
]);
/** The crime counted. */
export const homicideCrime = z.enum([
  'intentional-homicide',
  'intentional-homicide-and-feminicide',
  'feminicide',
  'culpable-homicide',
  'all-homicide',
]);
export type HomicideCrime = z.infer<typeof homicideCrime>;

/** One homicide series: a single agency, unit, methodology and crime. Units never mix across series. */
export const homicideSeriesSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: bilingual,
  agency,
  unit: homicideUnit,
  methodology: homicideMethodology,
  crime: homicideCrime,
  frequency: z.enum(['monthly', 'annual']),
  /** Regions present: `national` only, or the nation and its 32 states. */
  geography: z.enum(['national', 'national-and-states']),
  /** First and last period covered, `YYYY` or `YYYY-MM`. */
  coverage: z.object({ from: isoDate, to: isoDate }),
  /** Publication dates of the releases (vintages) held for this series, oldest first. */
  vintages: z.array(isoDate),
  caveats: z.array(z.string()),
  sourceIds: z.array(sourceId),
});
export type HomicideSeries = z.infer<typeof homicideSeriesSchema>;

/**
 * One count: a series, a region and a month (or a year when `month` is absent), as published in
 * one release (`vintage`).
 */
export const homicideObservationSchema = z.object({
  seriesId: z.string().check(z.minLength(1)),
  region: regionCode,
  year,
  /** 1-12; absent for annual rows. */
  month: z.optional(month),
  count,
  /** Population the source gives for that region and period, where it gives one. */
  population: z.optional(z.number().check(z.gt(0))),
  sourceId,
  /** Publication date of the release this value comes from (YYYY-MM-DD, or coarser). */
  vintage: isoDate,
  /** Whether the release called the value preliminary or definitive, where it says so. */
  status: z.optional(z.enum(['preliminary', 'definitive'])),
  /**
   * Present only when the value was not checked against the agency's own release (`partial`: read
   * in press coverage only). Absent means the value was read in the source file as published.
   */
  verified: z.optional(verified),
});
export type HomicideObservation = z.infer<typeof homicideObservationSchema>;

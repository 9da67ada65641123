import * as z from 'zod/mini';
import { ORGANIZATION_ID } from '../patterns.js';
import { citationFields, yearSpanFields } from './fields.js';
import { count, englishWithSpanish, isoDate, sourceId, verified, year } from './primitives.js';

/** Published "major groups" lists an organization can belong to. */
export const majorGroupList = z.enum([
  'CRS_2006_four',
  'PGR_end_Fox_seven',
  'DEA_seven_CRS2015',
  'PGR_2012_eight',
  'PGR_2014_nine',
  'Lantia_2014_nine',
  'DEA_NDTA2019_six',
  'BACRIM2020',
]);
export type MajorGroupList = z.infer<typeof majorGroupList>;

/** A criminal organization and its place in the lineage of splits. */
export const organizationSchema = z.object({
  id: z.string().check(z.regex(ORGANIZATION_ID)),
  /** `es` where the name differs in Spanish (`{ en: 'Gulf Cartel', es: 'Cártel del Golfo' }`). */
  name: englishWithSpanish,
  aliases: z.array(z.string()),
  /** Organizations it came from (the lineage); empty for founding groups. */
  parentIds: z.array(z.string()),
  originType: z.string(),
  /** Year founded or split off; absent where no year is known. */
  yearFounded: z.optional(year),
  /** The source's wording when it is not a plain year (`1930s (smuggling origins)` gives 1930). */
  yearFoundedText: z.optional(z.string()),
  /** Whether `yearFounded` was read in a source (false: inferred or first dated mention). */
  yearFoundedVerified: z.boolean(),
  /** Last year it counted as a major independent group (an analyst judgement), if it ceased. */
  yearCeased: z.optional(year),
  /** Membership in each published "major groups" list. */
  majorLists: z.array(majorGroupList),
  sourceIds: z.array(sourceId),
  verified,
  notes: z.optional(z.string()),
});
export type Organization = z.infer<typeof organizationSchema>;

export const leadershipEventType = z.enum([
  'arrested',
  'killed',
  'died',
  'extradited',
  'escaped',
  'released',
  'sentenced_us',
  'reported_killed_false',
]);

/** A kingpin event: a leader killed, arrested, extradited, escaped... */
export const leadershipEventSchema = z.object({
  id: z.string(),
  date: isoDate,
  datePrecision: z.enum(['day', 'month', 'year']),
  organizationId: z.string(),
  person: z.string(),
  alias: z.optional(z.string()),
  type: leadershipEventType,
  place: z.optional(z.string()),
  /** Who acted (`Mexican Navy`, `US court`...), where the source says. */
  actor: z.optional(z.string()),
  sourceIds: z.array(sourceId),
  verified,
  notes: z.optional(z.string()),
});
export type LeadershipEvent = z.infer<typeof leadershipEventSchema>;

/** A published count of groups. Different units (DTOs, cartels, cells...) are never one series. */
export const publishedGroupCountSchema = z.object({
  id: z.string(),
  /** `refYear`: the year counted; `refYearTo`: the last of a span (`2009-2020` cumulative counts). */
  ...yearSpanFields,
  /**
   * The source's wording of the date counted (`Dec 2006 ('by some accounts')`); `es`: the dataset's
   * own rendering (`raw/groups/ref-dates-es.csv`).
   */
  refDateText: englishWithSpanish,
  countLow: count,
  countHigh: count,
  /**
   * What was counted: `dominant DTOs`, `cartels`, `cells`, `criminal groups`, `armed groups`...;
   * `es`: the dataset's own rendering (`raw/groups/units-es.csv`).
   */
  unit: englishWithSpanish,
  scope: z.string(),
  /** Who counted; `es`: the dataset's own rendering (`raw/groups/counting-bodies-es.csv`). */
  countingBody: englishWithSpanish,
  sourceId,
  publicationDate: z.optional(isoDate),
  ...citationFields,
});
export type PublishedGroupCount = z.infer<typeof publishedGroupCountSchema>;

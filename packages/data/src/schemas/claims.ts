import * as z from 'zod/mini';
import { YEAR_MONTH } from '../patterns.js';
import { majorGroupList } from './groups.js';
import { homicideCrime } from './homicides.js';
import { isoDate, regionCode, sourceId, verified, year } from './primitives.js';

/** A calendar month `YYYY-MM`. */
const yearMonth = z.string().check(z.regex(YEAR_MONTH, 'expected YYYY-MM'));

const nonNegative = z.number().check(z.gte(0, 'must not be negative'));

/**
 * A claimed figure as a range: `{ low: 25, high: 25 }` for "25 percent", `{ low: 5, high: 6 }` for
 * "5 or 6", `{ low: 20 }` (no `high`) for "upwards of 20".
 */
export const claimedRange = z.object({ low: z.number(), high: z.optional(z.number()) }).check(
  z.refine((range) => range.high === undefined || range.low <= range.high, {
    message: 'low must not be above high',
    path: ['low'],
  }),
);
export type ClaimedRange = z.infer<typeof claimedRange>;

/** A rule of the splinter count: the lineage (all dated, or only verified years), or a published list. */
export const groupCountRule = z.enum(['lineage', 'lineage-verified', ...majorGroupList.options]);
export type GroupCountRule = z.infer<typeof groupCountRule>;

/**
 * Which definitions count as the claim's own and which others a reader could plausibly mean. A
 * figure under neither is shown for context and never decides the verdict.
 */
function definitionsOf<T extends z.core.SomeType>(item: T) {
  return z.object({
    /** Definitions the claim's own words cover. */
    own: z.array(item),
    /** Other definitions a careful reader could take the claim to mean. */
    other: z.array(item),
  });
}

/** The crimes whose series measure what a homicide claim speaks of, and the other plausible ones. */
export const homicideDefinitions = definitionsOf(homicideCrime);
/**
 * Corridor figures by period: a figure counts under a definition when its period (`ref_period`,
 * in English) starts with it (`calendar year`, `first half`).
 */
export const corridorDefinitions = definitionsOf(z.string().check(z.minLength(1)));
/** Group counts by what was counted: a published count's `unit` (English) or a counting rule. */
export const groupCountDefinitions = definitionsOf(z.string().check(z.minLength(1)));
export type ClaimDefinitions = z.infer<typeof corridorDefinitions>;

/**
 * What the claim says was measured, in words, where the figures measure something narrower
 * (the claim speaks of cocaine that "entered" the United States; ONDCP counts cocaine "detected
 * moving toward" it).
 */
const claimedMeasure = z.object({
  en: z.string().check(z.minLength(1)),
  es: z.string().check(z.minLength(1)),
});

/**
 * "Up X% year to date": the change of January..`asOf` against the same months a year earlier,
 * in percent, for every homicide series of the claim's `crime` in `region`.
 */
export const homicideYtdChangeTest = z.object({
  indicator: z.literal('homicide-ytd-change'),
  region: regionCode,
  /** The crime the claim speaks of, in words. */
  crime: homicideCrime,
  /** The crimes whose series are read: the claim's own, and other plausible ones. */
  definitions: homicideDefinitions,
  /**
   * Last month of the year-to-date window read now; at the claim's date the window ends at the
   * latest month published by then (never after this one).
   */
  asOf: yearMonth,
  /** Claimed change, in percent (25 for "up 25 percent"). */
  claimed: claimedRange,
  /** Distance from the claimed range, in percentage points, that still counts as supported. */
  tolerancePp: nonNegative,
});

/**
 * "`year` will exceed (or exceeded) the record of `recordYear`": each series' total for `year`
 * against its highest earlier year; at the claim's date, the projection from January..`asOf`.
 */
export const homicideRecordTest = z.object({
  indicator: z.literal('homicide-record'),
  region: regionCode,
  /** The crime the claim speaks of, in words. */
  crime: homicideCrime,
  /** The crimes whose series are read: the claim's own, and other plausible ones. */
  definitions: homicideDefinitions,
  year,
  /** The record year the claim names. */
  recordYear: year,
  /**
   * Last month known when the claim was made (the projection starts from it, or from the latest
   * month published by the claim's date when that is earlier).
   */
  asOf: yearMonth,
  /** Projection method of `homicideTrend` (default `seasonal`) and its reference years. */
  method: z.optional(z.enum(['run-rate', 'seasonal'])),
  seasonalYears: z.optional(z.number().check(z.int(), z.gte(1))),
});

/** "X% of U.S.-bound cocaine went through `route` in `refYear`" against every other source's figure. */
export const corridorShareTest = z.object({
  indicator: z.literal('corridor-share'),
  route: z.string().check(z.minLength(1)),
  refYear: year,
  /** Last year when the claim's year is a span or uncertain (`2014/2015`). */
  refYearTo: z.optional(year),
  /** Claimed share, in percent. */
  claimed: claimedRange,
  tolerancePp: nonNegative,
  /** The periods of the figures read: the claim's own, and other plausible ones. */
  definitions: corridorDefinitions,
  claimedMeasure: z.optional(claimedMeasure),
});

/**
 * "The Caribbean share did (not) rise while the corridor's fell between `from` and `to`" (the
 * balloon effect), optionally with the corridor's share claimed for `to`.
 */
export const balloonEffectTest = z.object({
  indicator: z.literal('balloon-effect'),
  from: year,
  to: year,
  /** Rise of the Caribbean share, in percentage points, that counts as a balloon effect. */
  thresholdPp: nonNegative,
  claimedBalloon: z.boolean(),
  /** The corridor share claimed for `to`, in percent. */
  claimedToPct: z.optional(claimedRange),
  tolerancePp: nonNegative,
  /** The periods of the share figures read for `to`: the claim's own, and other plausible ones. */
  definitions: corridorDefinitions,
  claimedMeasure: z.optional(claimedMeasure),
});

/**
 * "There were N groups in `year`" (or "from M in `fromYear` to N in `year`"), against each
 * counting rule and against other published counts.
 */
export const groupCountTest = z.object({
  indicator: z.literal('group-count'),
  year,
  fromYear: z.optional(year),
  /** Claimed number of groups in `year`. */
  claimed: claimedRange,
  /** Claimed number of groups in `fromYear`. */
  claimedFrom: z.optional(claimedRange),
  /** Counting rules to apply (`splinterCount`). */
  rules: z.array(groupCountRule),
  /** Other published counts (`publishedGroupCounts` ids) to compare with. */
  publishedCountIds: z.array(z.string().check(z.minLength(1))),
  /** Groups of difference that still count as supported. */
  toleranceCount: nonNegative,
  /** Units of published counts and counting rules: the claim's own, and other plausible ones. */
  definitions: groupCountDefinitions,
});

/** The indicator that tests a claim, its parameters, the claimed value(s) and the tolerance. */
export const claimTest = z.discriminatedUnion('indicator', [
  homicideYtdChangeTest,
  homicideRecordTest,
  corridorShareTest,
  balloonEffectTest,
  groupCountTest,
]);
export type ClaimTest = z.infer<typeof claimTest>;
/** The indicators a claim can be tested with. */
export type ClaimIndicator = ClaimTest['indicator'];

/**
 * A published claim, who made it, where and when, and the indicator call that tests it. The claim
 * is checked against the data as published on its `date` (where a release of that date is held)
 * and against the latest data.
 */
export const claimSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected lowercase letters, digits and -')),
    /** The claim in its original language. */
    wording: z.string().check(z.minLength(1)),
    /** English rendering, when the original is not English. */
    wordingEn: z.optional(z.string().check(z.minLength(1))),
    language: z.enum(['en', 'es']),
    /** Who made the claim. */
    claimant: z.string().check(z.minLength(1)),
    /** Where it was made. */
    sourceId,
    /** When it was made (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision the source gives). */
    date: isoDate,
    /** Where in the source the wording is (`the paragraph that begins "This is reflected..."`). */
    location: z.optional(z.string().check(z.minLength(1))),
    test: claimTest,
    /**
     * Rows of `corridorObservations` or `publishedGroupCounts` that record the claim itself (an
     * official's statement reported there); they are never counted as evidence for it. A statement
     * under test that is not also a figure someone reported (the 2017 article's) has none.
     */
    rowIds: z.array(z.string().check(z.minLength(1))),
    /** Whether the wording was read in the source (`false`: as summarized; the text was not found). Quoted word for word when `true`. */
    verified,
    notes: z.optional(z.string()),
  })
  .check(
    z.refine((claim) => claim.language === 'en' || claim.wordingEn !== undefined, {
      message: 'a claim not in English needs an English rendering',
      path: ['wordingEn'],
    }),
  );
export type Claim = z.infer<typeof claimSchema>;

/** The fixed vocabulary of verdicts. */
export const claimVerdict = z.enum([
  'supported',
  'partly supported',
  'not supported',
  'depends on definition',
  'cannot be checked',
]);
export type ClaimVerdict = z.infer<typeof claimVerdict>;

import type {
  Bilingual,
  Claim,
  ClaimVerdict,
  CorridorObservation,
  HomicideObservation,
  HomicideSeries,
  Organization,
  PublishedGroupCount,
  Source,
} from '@usmx/data/schemas';
import type { BalloonWindow } from '../corridor-share/types.js';

/** Text in English and Spanish: the dataset's `Bilingual`, `{ en, es }`. */
export type { Bilingual };

/** How `checkClaim` writes its explanation. */
export interface CheckClaimOptions {
  /**
   * The locale each language's text follows for numbers, month names and lists, e.g.
   * `{ es: 'es-ES' }`; by default `en-US` and `es-MX`.
   */
  locales?: Partial<Record<keyof Bilingual, string>>;
}

/**
 * The tables a claim is checked against. Any table left out is the package's own (`@usmx/data`);
 * homicide series are then loaded one at a time, only those the claim needs.
 */
export interface ClaimData {
  homicideObservations?: readonly HomicideObservation[];
  /** Metadata (crime, agency, coverage) of the series in `homicideObservations`. */
  homicideSeries?: readonly HomicideSeries[];
  corridorObservations?: readonly CorridorObservation[];
  organizations?: readonly Organization[];
  publishedGroupCounts?: readonly PublishedGroupCount[];
  /** Citations, used for the publication date of corridor figures and published counts. */
  sources?: readonly Source[];
}

/** A figure as a range (`low === high` for a point). */
export interface ValueRange {
  low: number;
  high: number;
}

/** What one series, figure, counting rule or window says about the claim. */
export interface ClaimReading {
  /** A series id (`sesnsp-1997-victims-hd`), a corridor row (`C003`), a counting rule (`lineage`), a published count (`P020`) or a window (`2010-2013`). */
  id: string;
  kind: 'series' | 'corridor-figure' | 'balloon-window' | 'counting-rule' | 'published-count';
  /** What was read, in words. */
  label: Bilingual;
  /** `claim-date`: the data as published on the claim's date; `latest`: the data now. */
  asOf: 'claim-date' | 'latest';
  /** Release of the data used (`YYYY[-MM[-DD]]`), or the figure's publication date; `null` when unknown. */
  vintage: string | null;
  /** The figure, in `unit`; `null` (see `note`) when this reading has none. */
  value: ValueRange | null;
  /**
   * `percent` (a change or a share), `pp` (percentage points), `deaths`, `victims`, `incidents`,
   * `groups`.
   */
  unit: string;
  /**
   * What the figure is compared with: a series' record year (with `since`, the first year the
   * series covers: the record is only the highest since then), or the count in the claim's first year.
   */
  reference?: { year: number; value: number; since?: number };
  /** For a homicide series: the last month read (`2017-03`); at the claim's date, the latest published by then. */
  through?: string;
  /** For a corridor figure: what it is a share of (`share of cocaine detected moving toward US`). */
  measure?: Bilingual;
  /** For a balloon-effect window: the full test, with each route's change. */
  window?: BalloonWindow;
  /** Whether the figure measures what the claim speaks of, under the claim's own definition (the claim row's `definitions.own`). */
  sameDefinition: boolean;
  /**
   * Whether the figure counts toward the verdict: under the claim's own definition or another
   * plausible one (`definitions.other`). `false`: shown for context only, it measures something
   * the claim did not mean.
   */
  counted: boolean;
  /** Whether the figure agrees with the claim within its tolerance; `null` when it cannot say (see `note`). */
  agrees: boolean | null;
  note?: Bilingual;
  sourceIds: string[];
}

/**
 * Which way the figures under the claim's own definition lie from the claim: `understated` (the
 * claim is below them), `overstated` (above them), `matches` (within its tolerance); `null` when
 * they split or none can say.
 */
export type ClaimDirection = 'understated' | 'overstated' | 'matches';

/** Result of {@link checkClaim}. */
export interface ClaimCheck {
  claim: Claim;
  /** The claimed figure as a range (`high: null` for "upwards of"), in `claimedUnit`; `null` for a claim with no figure (a record). */
  claimed: { low: number; high: number | null } | null;
  claimedUnit: string;
  /** The end of the claim's date (`2017-05` is checked as of `2017-05-31`; `2017-05-18` as of that day). */
  claimDate: string;
  /** How precisely the source dates the claim: `day` (`2017-05-18`), `month` or `year`. */
  claimDatePrecision: 'day' | 'month' | 'year';
  /** What the data as published on the claim's date said (where a release of that date is held). */
  atClaimDate: ClaimReading[];
  /** What the latest data say. */
  now: ClaimReading[];
  verdict: ClaimVerdict;
  /** Which way the claim departs from the figures under its own definition (see {@link ClaimDirection}). */
  direction: ClaimDirection | null;
  /** The range of the figures under the claim's own definition now (in `ownUnit`); `null` when there are none, or they are in different units. */
  ownRange: ValueRange | null;
  /** The unit of `ownRange` (`percent`, `deaths`, `groups`...). */
  ownUnit: string | null;
  /**
   * The sentences that explain the verdict: the first answers the question, with the direction
   * ("Homicides rose more than the claim said: ..."), then the verdict and the readings.
   */
  explanation: { en: string[]; es: string[] };
  /** Every source behind the readings, and the claim's own, sorted. */
  sourceIds: string[];
}

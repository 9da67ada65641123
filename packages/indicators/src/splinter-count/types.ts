import type { MajorGroupList, Organization } from '@usmx/data/schemas';

/**
 * How to decide which organizations count in a year:
 * - `'lineage'`: every organization founded or split off in or before the year and not ceased before it;
 * - `'lineage-verified'`: the same, only organizations whose founding or split year was read in a source;
 * - a published "major groups" list (`'CRS_2006_four'`, `'PGR_2014_nine'`...): its members, in the year the list describes;
 * - a predicate `(organization, year) => boolean`.
 */
export type SplinterRule =
  NamedSplinterRule | ((organization: Organization, year: number) => boolean);

/** A {@link SplinterRule} known by name: every rule but a predicate. */
export type NamedSplinterRule = 'lineage' | 'lineage-verified' | MajorGroupList;

/** Options of {@link splinterCount}: one year or an inclusive range, and the rule (default `'lineage'`). */
export type SplinterCountOptions = ({ year: number } | { from: number; to: number }) & {
  rule?: SplinterRule;
};

/** An organization counted in a year. */
export interface CountedGroup {
  id: string;
  name: string;
  yearFounded: number | null;
  yearCeased: number | null;
}

/** The count for one year. */
export interface SplinterYear {
  year: number;
  /** Number of groups; `null` (with `reason`) when the rule says nothing about that year. */
  count: number | null;
  groups: CountedGroup[];
  reason?: string;
}

/** Result of {@link splinterCount}. */
export interface SplinterCount {
  /** The rule's name (`'custom'` for a predicate). */
  rule: string;
  /** The rule in words. */
  definition: string;
  years: SplinterYear[];
  /** Organizations the rule could not place in time (no founding year), with the reason. */
  excluded: { id: string; name: string; reason: string }[];
  /** Sources of the organizations counted in any year, sorted. */
  sourceIds: string[];
}

/** One published count. */
export interface PublishedCountPoint {
  id: string;
  refYear: number;
  /** Last year when the count covers a span (`2009-2020`). */
  refYearTo?: number;
  refDateText: string;
  low: number;
  high: number;
  countingBody: string;
  scope: string;
  sourceId: string;
  verified: 'true' | 'partial' | 'false';
}

/** Published counts of one unit (never mixed with another unit), oldest first. */
export interface PublishedCountSeries {
  unit: string;
  points: PublishedCountPoint[];
}

/** Result of {@link publishedCounts}. */
export interface PublishedCounts {
  unit: string | null;
  series: PublishedCountSeries[];
  sourceIds: string[];
}

/** One organization in the lineage forest. */
export interface LineageNode {
  id: string;
  name: string;
  originType: string;
  yearFounded: number | null;
  yearCeased: number | null;
  /** All parents, as in the data; the node sits under the first one present in the input. */
  parentIds: string[];
  /** Parents named in the data but absent from the input. */
  missingParentIds: string[];
  /** The parent it sits under (the first of `parentIds` in the input); `null` for a root. */
  parentId: string | null;
  /** Generations below its root: 0 for a root, 1 for an organization that split from one... */
  depth: number;
  /** The organizations that sit under it, by founding year (undated last), then id. */
  childIds: string[];
}

/**
 * Result of {@link lineageTree}: the forest as a flat list, so that it serialises at any depth.
 * Walk it in `nodes` order (a node comes before its children), or by `rootIds` and `childIds`.
 */
export interface LineageTree {
  /**
   * Every organization, depth first: the first root, its first child and that child's subtree,
   * its next child..., then the next root; roots and children in their order.
   */
  nodes: LineageNode[];
  /** Organizations without a parent in the input, oldest first. */
  rootIds: string[];
  /** Every parent-child link present in the input, including second parents. */
  links: { parentId: string; childId: string }[];
  /** Number of organizations. */
  size: number;
}

/** Leadership event types treated as decapitations. */
export type DecapitationType = 'killed' | 'arrested' | 'extradited';

/** Options of {@link decapitationEffects}. */
export interface DecapitationOptions {
  /** Splits counted in the event's year and this many years after it; default 3. */
  windowYears?: number;
  /** Event types counted; default killed, arrested, extradited. */
  types?: readonly DecapitationType[];
}

/** One decapitation and the splits from its organization within the window. */
export interface DecapitationEvent {
  eventId: string;
  date: string;
  year: number;
  organizationId: string;
  person: string;
  type: string;
  splits: CountedGroup[];
  followedBySplit: boolean;
}

/** Result of {@link decapitationEffects}. */
export interface DecapitationEffects {
  windowYears: number;
  types: DecapitationType[];
  events: DecapitationEvent[];
  /** Share of decapitations followed by a split from the same organization within the window (0-1). */
  afterDecapitation: { events: number; followedBySplit: number; share: number | null };
  /**
   * Share of organization-years (organizations active in a year of `fromYear..toYear`, the span of
   * the events) followed by a split within the same window: the base rate to compare with.
   */
  baseline: {
    fromYear: number;
    toYear: number;
    organizationYears: number;
    followedBySplit: number;
    share: number | null;
  };
  /** `afterDecapitation.share / baseline.share`; `null` with `reason` when a share is missing or the baseline is 0. */
  ratio: number | null;
  reason?: string;
  sourceIds: string[];
}

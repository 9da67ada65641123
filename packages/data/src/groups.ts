/**
 * Mexico's criminal organizations: their lineage, kingpin events, and published counts of groups.
 *
 * @packageDocumentation
 */
import eventRows from './generated/leadership-events.js';
import organizationRows from './generated/organizations.js';
import countRows from './generated/published-group-counts.js';
import sourceRows from './generated/sources-groups.js';
import type { LeadershipEvent, Organization, PublishedGroupCount } from './schemas/groups.js';
import type { Source } from './schemas/sources.js';

/** Criminal organizations with their parents (the lineage of splits) and "major" list memberships. */
export const organizations: readonly Organization[] = organizationRows;

/** Leaders killed, arrested, extradited, escaped... with the date's precision and the sources. */
export const leadershipEvents: readonly LeadershipEvent[] = eventRows;

/** Published counts of groups by reference year; each `unit` (DTOs, cartels, cells...) is its own series. */
export const publishedGroupCounts: readonly PublishedGroupCount[] = countRows;

/**
 * The sources the organizations, leadership events and published counts cite (and those they were
 * read through): the part of `sources` a page that shows only these tables needs.
 */
export const groupSources: readonly Source[] = sourceRows;

import { leadershipEventSchema, type LeadershipEvent, type Organization } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import { extent } from '../internal/extent.js';
import { rowIssues } from '../internal/validate.js';
import { byId, countedGroup, organizationIssues } from './organizations.js';
import { organizationsChecked } from './row-checks.js';
import { isActive } from './rules.js';
import type {
  CountedGroup,
  DecapitationEffects,
  DecapitationEvent,
  DecapitationOptions,
  DecapitationType,
} from './types.js';

const TYPES: readonly DecapitationType[] = ['killed', 'arrested', 'extradited'];

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * The event study behind "decapitation splinters the cartels": for each leadership event (a
 * leader killed, arrested or extradited), the organizations that split from that organization in
 * the event's year or the `windowYears` years after; then the share of events followed by a split
 * against the base rate, the share of organization-years (any active organization, any year in
 * the span of the events) followed by a split within the same window.
 *
 * Units: shares are fractions 0-1; `ratio` is dimensionless (2 = splits twice as common after a
 * decapitation). Years only: a split in the event's own year counts even if it came first, since
 * most split years are known to the year; the base rate counts the same way, so the comparison is
 * fair. Splits without a year are not counted.
 *
 * @throws {IndicatorInputError} on invalid organizations or events, or a bad window or type.
 *
 * @example
 * ```ts
 * import { leadershipEvents, organizations } from '@usmx/data';
 * import { decapitationEffects } from '@usmx/indicators/splinter-count';
 *
 * const effects = decapitationEffects(organizations, leadershipEvents, { windowYears: 3 });
 * console.log(effects.afterDecapitation.share, effects.baseline.share, effects.ratio);
 * ```
 */
export function decapitationEffects(
  organizations: readonly Organization[],
  events: readonly LeadershipEvent[],
  options?: DecapitationOptions,
): DecapitationEffects {
  const opts = options ?? {};
  const issues: IndicatorInputIssue[] = [
    ...organizationIssues(organizations, organizationsChecked),
    ...rowIssues(events, ['events'], leadershipEventSchema),
  ];
  const windowYears = opts.windowYears ?? 3;
  if (!Number.isInteger(windowYears) || windowYears < 0 || windowYears > 50) {
    issues.push(
      inputIssue('not-whole-in-range', ['windowYears'], windowYears, {
        min: 0,
        max: 50,
        unit: 'years',
      }),
    );
  }
  const types = opts.types ?? TYPES;
  if (!Array.isArray(types)) {
    issues.push(inputIssue('not-list', ['types'], types, { expected: TYPES }));
  } else {
    types.forEach((type: unknown, i) => {
      if (!TYPES.includes(type as DecapitationType)) {
        issues.push(inputIssue('not-one-of', ['types', i], type, { expected: TYPES }));
      }
    });
  }
  if (issues.length > 0) throw new IndicatorInputError('decapitationEffects', issues);

  const splitsFrom = (organizationId: string, year: number): CountedGroup[] =>
    organizations
      .filter(
        (o) =>
          o.parentIds.includes(organizationId) &&
          o.yearFounded !== undefined &&
          o.yearFounded >= year &&
          o.yearFounded <= year + windowYears,
      )
      .map(countedGroup)
      .sort(byId);

  const decapitations: DecapitationEvent[] = events
    .filter((event) => (types as readonly string[]).includes(event.type))
    .map((event) => {
      const year = Number(event.date.slice(0, 4));
      const splits = splitsFrom(event.organizationId, year);
      return {
        eventId: event.id,
        date: event.date,
        year,
        organizationId: event.organizationId,
        person: event.person,
        type: event.type,
        splits,
        followedBySplit: splits.length > 0,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.eventId < b.eventId ? -1 : 1));

  const [fromYear, toYear] = extent(decapitations.map((event) => event.year)) ?? [0, -1];
  let organizationYears = 0;
  let withSplit = 0;
  for (let year = fromYear; year <= toYear; year++) {
    for (const organization of organizations) {
      if (!isActive(organization, year)) continue;
      organizationYears++;
      if (splitsFrom(organization.id, year).length > 0) withSplit++;
    }
  }
  const followed = decapitations.filter((event) => event.followedBySplit).length;
  const afterShare = share(followed, decapitations.length);
  const baselineShare = share(withSplit, organizationYears);
  const result: DecapitationEffects = {
    windowYears,
    types: [...types],
    events: decapitations,
    afterDecapitation: {
      events: decapitations.length,
      followedBySplit: followed,
      share: afterShare,
    },
    baseline: {
      fromYear,
      toYear,
      organizationYears,
      followedBySplit: withSplit,
      share: baselineShare,
    },
    ratio: afterShare !== null && baselineShare ? afterShare / baselineShare : null,
    sourceIds: [
      ...new Set(
        events
          .filter((event) => (types as readonly string[]).includes(event.type))
          .flatMap((event) => event.sourceIds),
      ),
    ].sort(),
  };
  if (result.ratio === null) {
    result.reason =
      decapitations.length === 0
        ? 'no event of the chosen types'
        : 'no organization-year in the span of the events is followed by a split: the base rate is 0';
  }
  return result;
}

import type { LeadershipEvent, Organization } from '@usmx/data/schemas';

/** Test fixture: an organization with the fields a test cares about. */
export function org(
  id: string,
  yearFounded: number | undefined,
  extra: Partial<Organization> = {},
): Organization {
  const organization: Organization = {
    id,
    name: { en: `${id} name` },
    aliases: [],
    parentIds: [],
    originType: 'founding',
    yearFoundedVerified: true,
    majorLists: [],
    sourceIds: [`SRC_${id}`],
    verified: 'true',
    ...extra,
  };
  if (yearFounded !== undefined) organization.yearFounded = yearFounded;
  return organization;
}

/** Test fixture: a leadership event. */
export function event(
  id: string,
  date: string,
  organizationId: string,
  type: LeadershipEvent['type'],
): LeadershipEvent {
  return {
    id,
    date,
    datePrecision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    organizationId,
    person: `${id} person`,
    type,
    sourceIds: [`SRC_${id}`],
    verified: 'true',
  };
}

/**
 * A small lineage: A (1980-1989) splits into B (1989, unverified year) and C (1990); C splits
 * into D (2008) and E (2010, also from B); F has no year. B and C are on the 2006 list.
 */
export function handLineage(): Organization[] {
  return [
    org('A', 1980, { yearCeased: 1989 }),
    org('B', 1989, { parentIds: ['A'], yearFoundedVerified: false, majorLists: ['CRS_2006_four'] }),
    org('C', 1990, { parentIds: ['A'], majorLists: ['CRS_2006_four'] }),
    org('D', 2008, { parentIds: ['C'] }),
    org('E', 2010, { parentIds: ['C', 'B'] }),
    org('F', undefined, { majorLists: ['PGR_end_Fox_seven'] }),
  ];
}

import type { EventKind } from '../../components/group-lineage/group-lineage.model.js';
import type { Lang } from '../../internal/i18n.js';
import { wordsIn } from '../spanish.js';

/*
 * The English words of `<usmx-group-lineage>`, and `groupLineageWords(lang)`, which reads them or
 * their Spanish twin in `../es.ts`. A module of its own, so that when several widgets are built
 * together these words stay with this widget's code, and a page without it does not download them.
 */

/** What the lineage summary counts, among the lines and events drawn. */
export interface LineageCounts {
  readonly orgs: number;
  readonly roots: number;
  readonly splits: number;
  readonly events: number;
  readonly killed: number;
  readonly arrested: number;
  readonly extradited: number;
}

/** Words of `<usmx-group-lineage>`. */
export const groupLineage = {
  title: "Mexico's criminal organizations: the family tree of splits",
  kinds: {
    killed: 'killed',
    arrested: 'arrested',
    extradited: 'extradited',
    other: 'other event',
  } satisfies Record<EventKind, string>,
  types: {
    arrested: 'arrested',
    killed: 'killed',
    died: 'died',
    extradited: 'extradited',
    escaped: 'escaped',
    released: 'released',
    sentenced_us: 'sentenced in the U.S.',
    reported_killed_false: 'falsely reported killed',
  } as Record<string, string>,
  summary: (c: LineageCounts, fmt: (n: number) => string) =>
    `${fmt(c.orgs)} ${c.orgs === 1 ? 'organization descends' : 'organizations descend'} from ${fmt(c.roots)} founding ${c.roots === 1 ? 'group' : 'groups'} through ${fmt(c.splits)} ${c.splits === 1 ? 'split' : 'splits'}; ${fmt(c.events)} leadership ${c.events === 1 ? 'event is' : 'events are'} marked (${fmt(c.killed)} killed, ${fmt(c.arrested)} arrested, ${fmt(c.extradited)} extradited).`,
  organization: 'Organization',
  parents: 'Came from',
  founded: 'Founded or split',
  ceased: 'Last year as a major group',
  events: 'Leadership events',
  active: 'active',
  notVerified: 'not verified',
  tableCaption: 'Organizations, their origins and leadership events',
  announceOrg: (name: string, founded: string, parents: string, ceased: string) =>
    `${name}: ${parents ? `split from ${parents} in ${founded}` : `founded ${founded}`}${ceased ? `, major until ${ceased}` : ''}`,
  announceEvent: (org: string, date: string, person: string, type: string, notes: string) =>
    `${org}, ${date}: ${person} ${type}${notes ? ` (${notes})` : ''}`,
  beforeFounding: (founded: string, parents: string) =>
    parents ? `before the ${founded} split from ${parents}` : `before its founding in ${founded}`,
  beforeFoundingKey: 'before its split or founding',
  citation: (from: number, to: number) =>
    `usmx, “Mexico's criminal organizations: the family tree of splits”, ${from}-${to}.`,
  undated: (names: string) => `Not drawn (no founding year): ${names}.`,
  noneActive: (from: number, to: number, first: number, last: number) =>
    `No organization is active from ${from} to ${to}; the data covers ${first}-${last}.`,
  noneDated: 'No organization has a founding year.',
};

/** The words of `<usmx-group-lineage>` in `lang`: the Spanish ones once loaded, else these. */
export const groupLineageWords = (lang: Lang) =>
  wordsIn(lang, groupLineage, (es) => es.groupLineage);

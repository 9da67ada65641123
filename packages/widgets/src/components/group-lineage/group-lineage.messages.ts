import type { Lang } from '../../internal/i18n.js';

/** Leadership event types drawn with their own symbol; the rest share one. */
export type EventKind = 'killed' | 'arrested' | 'extradited' | 'other';

/** What the summary counts, among the lines and events drawn. */
export interface LineageCounts {
  readonly orgs: number;
  readonly roots: number;
  readonly splits: number;
  readonly events: number;
  readonly killed: number;
  readonly arrested: number;
  readonly extradited: number;
}

/** English and Spanish text of `<usmx-group-lineage>`. */
export const groupLineageMessages = {
  en: {
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
  },
  es: {
    title: 'Las organizaciones criminales de México: el árbol de escisiones',
    kinds: {
      killed: 'abatido',
      arrested: 'detenido',
      extradited: 'extraditado',
      other: 'otro evento',
    } satisfies Record<EventKind, string>,
    types: {
      arrested: 'detenido',
      killed: 'abatido',
      died: 'murió',
      extradited: 'extraditado',
      escaped: 'se fugó',
      released: 'liberado',
      sentenced_us: 'sentenciado en EE. UU.',
      reported_killed_false: 'reportado muerto por error',
    } as Record<string, string>,
    summary: (c: LineageCounts, fmt: (n: number) => string) =>
      `${fmt(c.orgs)} ${c.orgs === 1 ? 'organización desciende' : 'organizaciones descienden'} de ${fmt(c.roots)} ${c.roots === 1 ? 'grupo fundador' : 'grupos fundadores'} a través de ${fmt(c.splits)} ${c.splits === 1 ? 'escisión' : 'escisiones'}; ${c.events === 1 ? 'se marca' : 'se marcan'} ${fmt(c.events)} ${c.events === 1 ? 'evento' : 'eventos'} de liderazgo (${fmt(c.killed)} ${c.killed === 1 ? 'abatido' : 'abatidos'}, ${fmt(c.arrested)} ${c.arrested === 1 ? 'detenido' : 'detenidos'}, ${fmt(c.extradited)} ${c.extradited === 1 ? 'extraditado' : 'extraditados'}).`,
    organization: 'Organización',
    parents: 'Proviene de',
    founded: 'Fundación o escisión',
    ceased: 'Último año como grupo principal',
    events: 'Eventos de liderazgo',
    active: 'activa',
    notVerified: 'sin verificar',
    tableCaption: 'Organizaciones, su origen y eventos de liderazgo',
    announceOrg: (name: string, founded: string, parents: string, ceased: string) =>
      `${name}: ${parents ? `escisión de ${parents} en ${founded}` : `fundada en ${founded}`}${ceased ? `, principal hasta ${ceased}` : ''}`,
    announceEvent: (org: string, date: string, person: string, type: string, notes: string) =>
      `${org}, ${date}: ${person} ${type}${notes ? ` (${notes})` : ''}`,
    beforeFounding: (founded: string, parents: string) =>
      parents
        ? `antes de la escisión de ${parents} en ${founded}`
        : `antes de su fundación en ${founded}`,
    beforeFoundingKey: 'antes de su escisión o fundación',
    citation: (from: number, to: number) =>
      `usmx, «Las organizaciones criminales de México: el árbol de escisiones», ${from}-${to}.`,
    undated: (names: string) => `Sin dibujar (sin año de fundación): ${names}.`,
    noneActive: (from: number, to: number, first: number, last: number) =>
      `Ninguna organización está activa de ${from} a ${to}; los datos cubren ${first}-${last}.`,
    noneDated: 'Ninguna organización tiene año de fundación.',
  },
} as const satisfies Record<Lang, unknown>;

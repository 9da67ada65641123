import type { Lang } from '../../internal/i18n.js';

/** Leadership event types drawn with their own symbol; the rest share one. */
export type EventKind = 'killed' | 'arrested' | 'extradited' | 'other';

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
    summary: (
      orgs: string,
      roots: string,
      splits: string,
      events: string,
      killed: string,
      arrested: string,
      extradited: string,
    ) =>
      `${orgs} organizations descend from ${roots} founding groups through ${splits} splits; ${events} leadership events are marked (${killed} killed, ${arrested} arrested, ${extradited} extradited).`,
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
    announceEvent: (org: string, date: string, person: string, type: string, verified: boolean) =>
      `${org}, ${date}: ${person} ${type}${verified ? '' : ' (not verified)'}`,
    citation: (from: number, to: number) =>
      `usmx, “Mexico's criminal organizations: the family tree of splits”, ${from}-${to}.`,
    undated: (names: string) => `Not drawn (no founding year): ${names}.`,
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
    summary: (
      orgs: string,
      roots: string,
      splits: string,
      events: string,
      killed: string,
      arrested: string,
      extradited: string,
    ) =>
      `${orgs} organizaciones descienden de ${roots} grupos fundadores a través de ${splits} escisiones; se marcan ${events} eventos de liderazgo (${killed} abatidos, ${arrested} detenidos, ${extradited} extraditados).`,
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
    announceEvent: (org: string, date: string, person: string, type: string, verified: boolean) =>
      `${org}, ${date}: ${person} ${type}${verified ? '' : ' (sin verificar)'}`,
    citation: (from: number, to: number) =>
      `usmx, «Las organizaciones criminales de México: el árbol de escisiones», ${from}-${to}.`,
    undated: (names: string) => `Sin dibujar (sin año de fundación): ${names}.`,
  },
} as const satisfies Record<Lang, unknown>;

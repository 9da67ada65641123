import type { Lang } from '../../internal/i18n.js';

/** Counting rules offered by the widget: the lineage, and each published "major groups" list. */
export const SPLINTER_RULES = [
  'lineage',
  'lineage-verified',
  'CRS_2006_four',
  'PGR_end_Fox_seven',
  'PGR_2012_eight',
  'PGR_2014_nine',
  'Lantia_2014_nine',
  'DEA_seven_CRS2015',
  'DEA_NDTA2019_six',
  'BACRIM2020',
] as const;
export type SplinterRuleId = (typeof SPLINTER_RULES)[number];

/** English and Spanish text of `<usmx-splinter-count>`. */
export const splinterCountMessages = {
  en: {
    title: 'How many criminal organizations? Counted, and as published',
    rules: {
      lineage: 'Every organization in the lineage',
      'lineage-verified': 'Lineage, founding year read in a source',
      CRS_2006_four: 'CRS list: four dominant DTOs (2006)',
      PGR_end_Fox_seven: 'PGR list: seven cartels (2006)',
      PGR_2012_eight: 'PGR list: eight cartels (2012)',
      PGR_2014_nine: 'PGR list: nine cartels (2014)',
      Lantia_2014_nine: 'Lantia list: nine (2014)',
      DEA_seven_CRS2015: 'DEA list via CRS: seven (2015)',
      DEA_NDTA2019_six: 'DEA NDTA list: six (2019)',
      BACRIM2020: 'BACRIM list (2020)',
    } satisfies Record<SplinterRuleId, string>,
    ruleControl: 'Counting rule',
    computed: 'Counted under the rule',
    published: 'Published counts (each in its own unit)',
    organizations: 'organizations',
    summarySeries: (
      rule: string,
      first: { year: number; count: string },
      last: { year: number; count: string },
      published: number,
      units: number,
    ) =>
      `${rule}: ${first.count} active organizations in ${first.year} and ${last.count} in ${last.year}, beside ${published} published counts in ${units} different units that are never added up.`,
    summaryList: (rule: string, year: number, count: string, published: number, units: number) =>
      `${rule}: ${count} organizations in ${year}, beside ${published} published counts in ${units} different units that are never added up.`,
    callout: (first: { year: number; count: string }, last: { year: number; count: string }) =>
      `${first.year}: ${first.count} → ${last.year}: ${last.count}`,
    axis: 'groups (log scale)',
    year: 'Year',
    kind: 'Kind',
    low: 'Count (low)',
    high: 'Count (high)',
    unit: 'Unit',
    countedBy: 'Counted by',
    source: 'Source',
    usmx: 'usmx, from the organizations table',
    tableCaption: 'Counted and published numbers of criminal organizations',
    announceComputed: (year: number, count: string, rule: string) =>
      `${year}: ${count} organizations (${rule})`,
    announcePublished: (year: string, count: string, unit: string, by: string) =>
      `${year}: ${count} ${unit} (${by})`,
    citation: (rule: string, from: number, to: number) =>
      `usmx, “Splinter count”, rule ${rule}, ${from}-${to}.`,
    noCount: 'No year in the chosen range has a count under this rule.',
  },
  es: {
    title: '¿Cuántas organizaciones criminales? Contadas y publicadas',
    rules: {
      lineage: 'Todas las organizaciones del linaje',
      'lineage-verified': 'Linaje, año de fundación leído en una fuente',
      CRS_2006_four: 'Lista del CRS: cuatro organizaciones dominantes (2006)',
      PGR_end_Fox_seven: 'Lista de la PGR: siete cárteles (2006)',
      PGR_2012_eight: 'Lista de la PGR: ocho cárteles (2012)',
      PGR_2014_nine: 'Lista de la PGR: nueve cárteles (2014)',
      Lantia_2014_nine: 'Lista de Lantia: nueve (2014)',
      DEA_seven_CRS2015: 'Lista de la DEA según el CRS: siete (2015)',
      DEA_NDTA2019_six: 'Lista de la DEA (NDTA): seis (2019)',
      BACRIM2020: 'Lista BACRIM (2020)',
    } satisfies Record<SplinterRuleId, string>,
    ruleControl: 'Regla de conteo',
    computed: 'Contadas con la regla',
    published: 'Conteos publicados (cada uno en su unidad)',
    organizations: 'organizaciones',
    summarySeries: (
      rule: string,
      first: { year: number; count: string },
      last: { year: number; count: string },
      published: number,
      units: number,
    ) =>
      `${rule}: ${first.count} organizaciones activas en ${first.year} y ${last.count} en ${last.year}, junto a ${published} conteos publicados en ${units} unidades distintas que nunca se suman.`,
    summaryList: (rule: string, year: number, count: string, published: number, units: number) =>
      `${rule}: ${count} organizaciones en ${year}, junto a ${published} conteos publicados en ${units} unidades distintas que nunca se suman.`,
    callout: (first: { year: number; count: string }, last: { year: number; count: string }) =>
      `${first.year}: ${first.count} → ${last.year}: ${last.count}`,
    axis: 'grupos (escala logarítmica)',
    year: 'Año',
    kind: 'Tipo',
    low: 'Conteo (mínimo)',
    high: 'Conteo (máximo)',
    unit: 'Unidad',
    countedBy: 'Contado por',
    source: 'Fuente',
    usmx: 'usmx, a partir de la tabla de organizaciones',
    tableCaption: 'Números contados y publicados de organizaciones criminales',
    announceComputed: (year: number, count: string, rule: string) =>
      `${year}: ${count} organizaciones (${rule})`,
    announcePublished: (year: string, count: string, unit: string, by: string) =>
      `${year}: ${count} ${unit} (${by})`,
    citation: (rule: string, from: number, to: number) =>
      `usmx, «Conteo de escisiones», regla ${rule}, ${from}-${to}.`,
    noCount: 'Ningún año del periodo elegido tiene un conteo con esta regla.',
  },
} as const satisfies Record<Lang, unknown>;

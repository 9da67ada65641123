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

/** A year's count under the rule: the number, and as the reader's locale writes it. */
export interface YearCount {
  readonly year: number;
  readonly n: number;
  readonly count: string;
}

/** "beside 3 published counts in 2 different units that are never added up", in number. */
function publishedEn(published: number, units: number): string {
  if (published === 0) return 'and no published count in these years';
  if (published === 1) return 'beside 1 published count';
  return units === 1
    ? `beside ${published} published counts in one unit`
    : `beside ${published} published counts in ${units} different units that are never added up`;
}

/** The same in Spanish. */
function publishedEs(published: number, units: number): string {
  if (published === 0) return 'y ningún conteo publicado en estos años';
  if (published === 1) return 'junto a 1 conteo publicado';
  return units === 1
    ? `junto a ${published} conteos publicados en una sola unidad`
    : `junto a ${published} conteos publicados en ${units} unidades distintas que nunca se suman`;
}

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
    // the rule control's options, short enough to read whole in a 280 px widget; the summary above
    // the control names the chosen rule in full
    ruleOptions: {
      lineage: 'Whole lineage',
      'lineage-verified': 'Lineage, sourced years',
      CRS_2006_four: 'CRS 2006: four DTOs',
      PGR_end_Fox_seven: 'PGR 2006: seven cartels',
      PGR_2012_eight: 'PGR 2012: eight cartels',
      PGR_2014_nine: 'PGR 2014: nine cartels',
      Lantia_2014_nine: 'Lantia 2014: nine',
      DEA_seven_CRS2015: 'DEA (CRS) 2015: seven',
      DEA_NDTA2019_six: 'DEA NDTA 2019: six',
      BACRIM2020: 'BACRIM 2020',
    } satisfies Record<SplinterRuleId, string>,
    ruleControl: 'Counting rule',
    computed: 'Counted under the rule',
    published: 'Published counts (each in its own unit)',
    publishedSpan: 'Years one count covers',
    publishedRange: 'Range of one count (low-high)',
    organizations: 'organizations',
    countOrganizations: (n: number, count: string) =>
      `${count} ${n === 1 ? 'organization' : 'organizations'}`,
    summarySeries: (
      rule: string,
      first: YearCount,
      last: YearCount,
      published: number,
      units: number,
    ) =>
      `${rule}: ${first.count} active ${first.n === 1 ? 'organization' : 'organizations'} in ${first.year} and ${last.count} in ${last.year}, ${publishedEn(published, units)}.`,
    summaryList: (
      rule: string,
      year: number,
      n: number,
      count: string,
      published: number,
      units: number,
    ) =>
      `${rule}: ${count} ${n === 1 ? 'organization' : 'organizations'} in ${year}, ${publishedEn(published, units)}.`,
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
    announceComputed: (year: number, n: number, count: string, rule: string) =>
      `${year}: ${count} ${n === 1 ? 'organization' : 'organizations'} (${rule})`,
    announcePublished: (year: string, count: string, unit: string, by: string) =>
      `${year}: ${count} ${unit} (${by})`,
    citation: (rule: string, from: number, to: number) =>
      `usmx, “Splinter count”, rule “${rule}”, ${from}-${to}.`,
    listOutside: (rule: string, year: number, from: number, to: number) =>
      `${rule} describes ${year} only, outside ${from}-${to}.`,
    listYearOnly: (year: number) =>
      `the chosen list describes ${year} only: choose a span that includes it`,
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
    ruleOptions: {
      lineage: 'Todo el linaje',
      'lineage-verified': 'Linaje, años con fuente',
      CRS_2006_four: 'CRS 2006: cuatro DTO',
      PGR_end_Fox_seven: 'PGR 2006: siete cárteles',
      PGR_2012_eight: 'PGR 2012: ocho cárteles',
      PGR_2014_nine: 'PGR 2014: nueve cárteles',
      Lantia_2014_nine: 'Lantia 2014: nueve',
      DEA_seven_CRS2015: 'DEA (CRS) 2015: siete',
      DEA_NDTA2019_six: 'DEA NDTA 2019: seis',
      BACRIM2020: 'BACRIM 2020',
    } satisfies Record<SplinterRuleId, string>,
    ruleControl: 'Regla de conteo',
    computed: 'Contadas con la regla',
    published: 'Conteos publicados (cada uno en su unidad)',
    publishedSpan: 'Años que abarca un conteo',
    publishedRange: 'Rango de un conteo (mínimo-máximo)',
    organizations: 'organizaciones',
    countOrganizations: (n: number, count: string) =>
      `${count} ${n === 1 ? 'organización' : 'organizaciones'}`,
    summarySeries: (
      rule: string,
      first: YearCount,
      last: YearCount,
      published: number,
      units: number,
    ) =>
      `${rule}: ${first.count} ${first.n === 1 ? 'organización activa' : 'organizaciones activas'} en ${first.year} y ${last.count} en ${last.year}, ${publishedEs(published, units)}.`,
    summaryList: (
      rule: string,
      year: number,
      n: number,
      count: string,
      published: number,
      units: number,
    ) =>
      `${rule}: ${count} ${n === 1 ? 'organización' : 'organizaciones'} en ${year}, ${publishedEs(published, units)}.`,
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
    announceComputed: (year: number, n: number, count: string, rule: string) =>
      `${year}: ${count} ${n === 1 ? 'organización' : 'organizaciones'} (${rule})`,
    announcePublished: (year: string, count: string, unit: string, by: string) =>
      `${year}: ${count} ${unit} (${by})`,
    citation: (rule: string, from: number, to: number) =>
      `usmx, «Conteo de escisiones», regla «${rule}», ${from}-${to}.`,
    listOutside: (rule: string, year: number, from: number, to: number) =>
      `${rule} describe solo ${year}, fuera de ${from}-${to}.`,
    listYearOnly: (year: number) =>
      `la lista elegida describe solo ${year}: elija un periodo que lo incluya`,
  },
} as const satisfies Record<Lang, unknown>;

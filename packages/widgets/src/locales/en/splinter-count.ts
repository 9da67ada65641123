import type { NamedSplinterRule } from '@usmx/indicators/splinter-count';
import type { Lang } from '../../internal/i18n.js';
import { wordsIn } from '../spanish.js';

/*
 * The English words of `<usmx-splinter-count>`, and `splinterCountWords(lang)`, which reads them or
 * their Spanish twin in `../es.ts`. A module of its own, so that when several widgets are built
 * together these words stay with this widget's code, and a page without it does not download them.
 */

/** A year's count under the splinter rule: the number, and as the reader's locale writes it. */
export interface YearCount {
  readonly year: number;
  readonly n: number;
  readonly count: string;
}

/** "beside 3 published counts in 2 different units that are never added up", in number. */
function publishedCounts(count: number, units: number): string {
  if (count === 0) return 'and no published count in these years';
  if (count === 1) return 'beside 1 published count';
  return units === 1
    ? `beside ${count} published counts in one unit`
    : `beside ${count} published counts in ${units} different units that are never added up`;
}

/** Words of `<usmx-splinter-count>`. */
export const splinterCount = {
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
  } satisfies Record<NamedSplinterRule, string>,
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
  } satisfies Record<NamedSplinterRule, string>,
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
    `${rule}: ${first.count} active ${first.n === 1 ? 'organization' : 'organizations'} in ${first.year} and ${last.count} in ${last.year}, ${publishedCounts(published, units)}.`,
  summaryList: (
    rule: string,
    year: number,
    n: number,
    count: string,
    published: number,
    units: number,
  ) =>
    `${rule}: ${count} ${n === 1 ? 'organization' : 'organizations'} in ${year}, ${publishedCounts(published, units)}.`,
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
};

/** The words of `<usmx-splinter-count>` in `lang`: the Spanish ones once loaded, else these. */
export const splinterCountWords = (lang: Lang) =>
  wordsIn(lang, splinterCount, (es) => es.splinterCount);

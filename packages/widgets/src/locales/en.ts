import type { ClaimDirection } from '@usmx/indicators/claims';
import type { Finding } from '@usmx/indicators/corridor-share';
import type { NamedSplinterRule } from '@usmx/indicators/splinter-count';
import type { EventKind } from '../components/group-lineage/group-lineage.model.js';
import type { HomicideUnit } from '../components/homicide-trend/homicide-trend.model.js';
import type { RouteKey } from '../components/corridor-share/corridor-share.model.js';

/*
 * The English words of every widget, one table per widget and one shared (`common`), each keyed by
 * message id. `es.ts` has the same tables in Spanish, type-checked against these. A widget imports
 * its English table here and reads either language through `words.ts`, which loads Spanish only
 * for a widget that speaks it. The words of what went wrong are in `en.issues.ts`.
 */

type Verdict =
  | 'supported'
  | 'partly supported'
  | 'not supported'
  | 'depends on definition'
  | 'cannot be checked';

/** Which way a claim departs from its own figures (`checkClaim`'s `direction`). */
type Direction = ClaimDirection;

/** How a reading stands to the claim's definitions: its own, another plausible one, or context. */
type DefinitionKind = 'own' | 'other' | 'context';

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

/** A year's count under the splinter rule: the number, and as the reader's locale writes it. */
export interface YearCount {
  readonly year: number;
  readonly n: number;
  readonly count: string;
}

/** The parts of the homicide trend's summary sentence. */
export interface SummaryParts {
  region: string;
  unit: string;
  span: string;
  change: string;
  previousYear: number;
  /** Whether `span` is a whole year, compared with the whole year before. */
  wholeYear: boolean;
}

/** The parts of the homicide trend's projection sentence. */
export interface ProjectionParts {
  year: number;
  value: string;
  interval: string | null;
  record: { year: number; value: string; since: number } | null;
  above: boolean;
}

/** "beside 3 published counts in 2 different units that are never added up", in number. */
function publishedCounts(count: number, units: number): string {
  if (count === 0) return 'and no published count in these years';
  if (count === 1) return 'beside 1 published count';
  return units === 1
    ? `beside ${count} published counts in one unit`
    : `beside ${count} published counts in ${units} different units that are never added up`;
}

/** Words every widget shares: actions, states, table and footer labels, attribute errors. */
export const common = {
  loading: 'Loading chart…',
  errorTitle: 'This chart could not be drawn',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  actions: 'Chart actions',
  keyboardHelp:
    'Use the left and right arrow keys to move between data points, Home and End to jump to the ends.',
  sources: 'Sources',
  citeThis: 'Cite this',
  csvSource: 'Source',
  csvCite: 'Cite',
  downloadFailed: 'The download failed. Please try again.',
  row: 'row',
  column: 'column',
  value: 'value',
  invalidAttribute: (name: string) => `Invalid attribute "${name}"`,
  invalidAttributes: (n: number) => (n === 1 ? 'Invalid attribute' : `${n} invalid attributes`),
  invalid: 'invalid',
  expectedOneOf: (values: string) => `expected one of: ${values}`,
  notAfterTo: (to: number) => `must not be after to (${to})`,
  afterData: (last: number) => `after the last year in the data (${last})`,
  invalidValues: (origin: string, n: number, atLeast?: boolean) =>
    `${origin}: ${atLeast ? 'at least ' : ''}${n} invalid ${n === 1 ? 'value' : 'values'}`,
  problems: (n: number, atLeast?: boolean) =>
    n === 1 ? '1 problem in the input' : `${atLeast ? 'at least ' : ''}${n} problems in the input`,
};

/** Words of `<usmx-claim>`. */
export const claim = {
  title: 'A claim, checked against the data',
  verdicts: {
    supported: 'Supported',
    'partly supported': 'Partly supported',
    'not supported': 'Not supported',
    'depends on definition': 'Depends on the definition',
    'cannot be checked': 'Cannot be checked',
  } satisfies Record<Verdict, string>,
  verdictLabel: 'Verdict',
  /** The answer (`checkClaim`'s first sentence, already in the widget's language), then the verdict and its direction. */
  summary: (
    answer: string,
    verdict: string,
    direction: string | null,
    claimed: string | null,
    agreeing: number,
    decided: number,
  ) =>
    `${answer} ${verdict}${direction ? ` (${direction})` : ''}: ${claimed ? `the claim says ${claimed}; ` : ''}${agreeing} of ${decided} ${decided === 1 ? 'figure agrees' : 'figures agree'} with it.`,
  directions: {
    understated: 'the claim understates',
    overstated: 'the claim overstates',
    matches: 'the claim matches its own figures',
  } satisfies Record<Direction, string>,
  definitions: {
    own: 'own',
    other: 'other plausible',
    context: 'context only',
  } satisfies Record<DefinitionKind, string>,
  englishRendering: 'In English',
  attribution: (claimant: string, date: string) => `${claimant}, ${date}`,
  asPublished: (vintage: string) => `as published by ${vintage}`,
  now: 'latest data',
  claimed: 'claimed',
  balloonZone: 'balloon effect',
  agrees: 'agrees',
  disagrees: 'does not agree',
  undecided: 'cannot say',
  otherDefinition: 'other definition',
  contextOnly: 'context only, not counted',
  reference: (year: number, value: string) => `record before: ${value} (${year})`,
  from: (year: number, value: string) => `${value} in ${year}`,
  recordKey: 'record before',
  percentWord: 'percent',
  fromKey: (year: number) => `value in ${year}`,
  undrawn: (count: number, unit: string) =>
    `Not drawn: ${count} ${count === 1 ? 'figure' : 'figures'} in ${unit}, listed in the data table.`,
  units: {
    percent: '%',
    pp: 'percentage points',
    deaths: 'deaths',
    victims: 'victims',
    incidents: 'case files',
    groups: 'groups',
    count: 'count',
  } as Record<string, string>,
  axis: (unit: string) => unit,
  tableCaption: 'What each series, figure or counting rule says about the claim',
  columns: {
    reading: 'Series, figure or rule',
    asOf: 'Data',
    release: 'Release',
    low: 'Low',
    high: 'High',
    unit: 'Unit',
    definition: 'Definition',
    agrees: 'Agrees',
    sources: 'Sources',
  },
  yes: 'yes',
  no: 'no',
  citation: (id: string, verdict: string) => `usmx, claims ledger, “${id}”: ${verdict}.`,
  unknownClaim: 'Unknown claim',
  unknownClaimReason: (known: string) => `no claim with this id; known claims: ${known}`,
};

/** Words of `<usmx-corridor-share>`. */
export const corridorShare = {
  title: 'Share of U.S.-bound cocaine by route',
  corridor: 'Mexico/Central America corridor',
  caribbean: 'Caribbean',
  verdict: {
    yes: 'a balloon effect',
    no: 'no balloon effect',
    uncertain: 'too close to call',
    unknown: 'not enough figures to tell',
  } satisfies Record<Finding, string>,
  whose: { corridor: "the corridor's share", caribbean: "the Caribbean's" },
  shareChange: (whose: string, from: number, to: number, a?: string, b?: string) =>
    a && b
      ? a === b
        ? `${whose} stayed at ${a}`
        : `${whose} went from ${a} to ${b}`
      : a
        ? `${whose} was ${a} in ${from}, with no figure for ${to}`
        : b
          ? `${whose} has no figure for ${from} and was ${b} in ${to}`
          : `${whose} has no figure for ${from} or ${to}`,
  endToEnd: (from: number, to: number, corridor: string, caribbean: string, verdict: string) =>
    `From ${from} to ${to} ${corridor} and ${caribbean}: ${verdict}`,
  pointsRange: (low: string, high: string) => `${low} to ${high}`,
  swing: (from: number, to: number, change: string, verdict: string) =>
    `, but the answer depends on the years compared: from ${from} to ${to} the Caribbean share changed by ${change} points (${verdict})`,
  otherYears: (from: number, to: number, change: string, verdict: string) =>
    `; comparing other years, from ${from} to ${to} the Caribbean share changed by ${change} points (${verdict})`,
  callout: (from: number, to: number, verdict: string) => `${from}-${to}: ${verdict}`,
  swingLabel: 'largest swing',
  spanFigure: 'one figure for two or more years',
  rangeFigure: 'a range (low to high)',
  windowKey: (from: number, to: number) => `${from}-${to}, the years tested`,
  threshold: (pp: string) =>
    `Balloon effect: the Caribbean share rises by at least ${pp} points while the corridor's falls.`,
  year: 'Year',
  route: 'Route',
  low: 'Low (%)',
  high: 'High (%)',
  period: 'Period',
  wording: 'Wording',
  reportedBy: 'Reported by',
  source: 'Source',
  axis: '% of U.S.-bound cocaine',
  tableCaption: 'Published estimates of the share of U.S.-bound cocaine by route',
  announce: (year: string, route: string, value: string, by: string, period: string) =>
    `${year}, ${route}: ${value} (${by}; ${period})`,
  citation: (from: number, to: number, pp: string) =>
    `usmx, “Share of U.S.-bound cocaine by route”, balloon test ${from}-${to} at ${pp} points.`,
  csvOnly: 'This widget reads a JSON array of corridor observations.',
  notEnoughFigures: (from: number, to: number) =>
    `Not enough figures from ${from} to ${to} to test for a balloon effect`,
  noFigure: (route: RouteKey, from: number, to: number, covered: string) =>
    `no ${route === 'corridor' ? 'Mexico/Central America corridor' : 'Caribbean'} figure in ${from}-${to}; ${covered}`,
  figuresCover: (first: number, last: number) => `its figures cover ${first}-${last}`,
  noFigures: 'it has no figures',
};

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

/** Words of `<usmx-homicide-trend>`. */
export const homicideTrend = {
  units: { deaths: 'deaths', victims: 'victims', incidents: 'case files' } satisfies Record<
    HomicideUnit,
    string
  >,
  /** Case files of the 1997-2017 method: preliminary investigations, in Mexico's words. */
  oldCaseFiles: 'case files',
  perHundredThousand: 'per 100,000 people',
  fallbackTitle: 'Homicides',
  year: 'Year',
  value: (unit: string) => `${unit[0]?.toUpperCase()}${unit.slice(1)}`,
  low: 'Projection low',
  high: 'Projection high',
  note: 'Note',
  record: (since: number) => `highest since ${since}`,
  projection: 'projection',
  completeYears: 'Complete years',
  recordYear: (since: number) => `Highest year since ${since}`,
  fullYear: 'Full-year projection',
  likelyRange: 'Likely range',
  ytd: (span: string) => `${span} so far`,
  recordLine: (year: number, value: string, since: number) =>
    `Highest since ${since}: ${value} (${year})`,
  interval: (low: string, high: string) => `likely ${low} to ${high}`,
  callout: (span: string, change: string, previousYear: number) =>
    `${span}: ${change} vs ${previousYear}`,
  tableCaption: (title: string) => `${title}: values by year`,
  ytdSummary: (p: SummaryParts) =>
    `${p.region}: ${p.unit} ${p.change} in ${p.span} compared with ${p.wholeYear ? '' : 'the same months of '}${p.previousYear}`,
  annualSummary: (region: string, unit: string, period: string, value: string) =>
    `${region}: ${value} ${unit} in ${period}`,
  projectionClause: (p: ProjectionParts) =>
    `; the full-year ${p.year} projection is ${p.value}${p.interval ? ` (${p.interval})` : ''}${
      p.record
        ? `, ${p.above ? 'above' : 'below'} ${p.record.year}'s ${p.record.value}, the highest since ${p.record.since}`
        : ''
    }`,
  recordClause: (year: number, value: string, since: number) =>
    `; the highest since ${since} is ${year} with ${value}`,
  announcePoint: (year: number, value: string, unit: string, note: string) =>
    `${year}: ${value} ${unit}${note ? `, ${note}` : ''}`,
  citation: (title: string, region: string, asOf: string, vintage: string | null) =>
    `usmx, “${title}”, ${region}, data to ${asOf}${vintage ? ` as published on ${vintage}` : ''}.`,
  noRate:
    'This series has no population figures, so it cannot be shown per 100,000 people. Use measure="count".',
  empty: 'No observations for this series and region.',
  outsideYears: (covered: string) => `no year shown: the data covers ${covered}`,
};

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

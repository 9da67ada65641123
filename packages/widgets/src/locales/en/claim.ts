import type { ClaimDirection } from '@usmx/indicators/claims';
import type { Lang } from '../../internal/i18n.js';
import { wordsIn } from '../spanish.js';

/*
 * The English words of `<usmx-claim>`, and `claimWords(lang)`, which reads them or their Spanish
 * twin in `../es.ts`. A module of its own, so that when several widgets are built together these
 * words stay with this widget's code, and a page without it does not download them.
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

/** The words of `<usmx-claim>` in `lang`: the Spanish ones once loaded, else these. */
export const claimWords = (lang: Lang) => wordsIn(lang, claim, (es) => es.claim);

import type { Finding } from '@usmx/indicators/corridor-share';
import type { RouteKey } from '../../components/corridor-share/corridor-share.model.js';
import type { Lang } from '../../internal/i18n.js';
import { wordsIn } from '../spanish.js';

/*
 * The English words of `<usmx-corridor-share>`, and `corridorShareWords(lang)`, which reads them or
 * their Spanish twin in `../es.ts`. A module of its own, so that when several widgets are built
 * together these words stay with this widget's code, and a page without it does not download them.
 */

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

/** The words of `<usmx-corridor-share>` in `lang`: the Spanish ones once loaded, else these. */
export const corridorShareWords = (lang: Lang) =>
  wordsIn(lang, corridorShare, (es) => es.corridorShare);

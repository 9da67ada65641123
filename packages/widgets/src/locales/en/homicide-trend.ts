import type { HomicideUnit } from '../../components/homicide-trend/homicide-trend.model.js';
import type { Lang } from '../../internal/i18n.js';
import { wordsIn } from '../spanish.js';

/*
 * The English words of `<usmx-homicide-trend>`, and `homicideTrendWords(lang)`, which reads them or
 * their Spanish twin in `../es.ts`. A module of its own, so that when several widgets are built
 * together these words stay with this widget's code, and a page without it does not download them.
 */

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

/** The words of `<usmx-homicide-trend>` in `lang`: the Spanish ones once loaded, else these. */
export const homicideTrendWords = (lang: Lang) =>
  wordsIn(lang, homicideTrend, (es) => es.homicideTrend);

import type { Lang } from '../../internal/i18n.js';

/** What one unit of a series counts. */
export type HomicideUnit = 'deaths' | 'victims' | 'incidents';

interface SummaryParts {
  region: string;
  unit: string;
  span: string;
  change: string;
  previousYear: number;
  /** Whether `span` is a whole year, compared with the whole year before. */
  wholeYear: boolean;
}

interface ProjectionParts {
  year: number;
  value: string;
  interval: string | null;
  record: { year: number; value: string } | null;
  above: boolean;
}

/** English and Spanish text of `<usmx-homicide-trend>`. */
export const homicideTrendMessages = {
  en: {
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
    record: 'record',
    projection: 'projection',
    completeYears: 'Complete years',
    recordYear: 'Record year',
    fullYear: 'Full-year projection',
    likelyRange: 'Likely range',
    ytd: (span: string) => `${span} so far`,
    recordLine: (year: number, value: string) => `Record ${year}: ${value}`,
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
          ? `, ${p.above ? 'above' : 'below'} the ${p.record.year} record of ${p.record.value}`
          : ''
      }`,
    recordClause: (year: number, value: string) => `; the record is ${year} with ${value}`,
    announcePoint: (year: number, value: string, unit: string, note: string) =>
      `${year}: ${value} ${unit}${note ? `, ${note}` : ''}`,
    citation: (title: string, region: string, asOf: string, vintage: string | null) =>
      `usmx, “${title}”, ${region}, data to ${asOf}${vintage ? ` as published on ${vintage}` : ''}.`,
    noRate:
      'This series has no population figures, so it cannot be shown per 100,000 people. Use measure="count".',
    empty: 'No observations for this series and region.',
    outsideYears: (covered: string) => `no year shown: the data covers ${covered}`,
  },
  es: {
    units: {
      deaths: 'defunciones',
      victims: 'víctimas',
      incidents: 'carpetas de investigación',
    } satisfies Record<HomicideUnit, string>,
    oldCaseFiles: 'averiguaciones previas',
    perHundredThousand: 'por cada 100 mil habitantes',
    fallbackTitle: 'Homicidios',
    year: 'Año',
    value: (unit: string) => `${unit[0]?.toUpperCase()}${unit.slice(1)}`,
    low: 'Proyección mínima',
    high: 'Proyección máxima',
    note: 'Nota',
    record: 'récord',
    projection: 'proyección',
    completeYears: 'Años completos',
    recordYear: 'Año récord',
    fullYear: 'Proyección del año completo',
    likelyRange: 'Rango probable',
    ytd: (span: string) => `${span} hasta ahora`,
    recordLine: (year: number, value: string) => `Récord ${year}: ${value}`,
    interval: (low: string, high: string) => `probablemente entre ${low} y ${high}`,
    callout: (span: string, change: string, previousYear: number) =>
      `${span}: ${change} vs ${previousYear}`,
    tableCaption: (title: string) => `${title}: valores por año`,
    ytdSummary: (p: SummaryParts) =>
      `${p.region}: ${p.unit} ${p.change} en ${p.span} frente a ${p.wholeYear ? '' : 'los mismos meses de '}${p.previousYear}`,
    annualSummary: (region: string, unit: string, period: string, value: string) =>
      `${region}: ${value} ${unit} en ${period}`,
    projectionClause: (p: ProjectionParts) =>
      `; la proyección para todo ${p.year} es ${p.value}${p.interval ? ` (${p.interval})` : ''}${
        p.record
          ? `, ${p.above ? 'por encima' : 'por debajo'} del récord de ${p.record.year} (${p.record.value})`
          : ''
      }`,
    recordClause: (year: number, value: string) => `; el récord es ${year} con ${value}`,
    announcePoint: (year: number, value: string, unit: string, note: string) =>
      `${year}: ${value} ${unit}${note ? `, ${note}` : ''}`,
    citation: (title: string, region: string, asOf: string, vintage: string | null) =>
      `usmx, «${title}», ${region}, datos hasta ${asOf}${vintage ? ` según la publicación del ${vintage}` : ''}.`,
    noRate:
      'Esta serie no tiene cifras de población, así que no puede mostrarse por cada 100 mil habitantes. Use measure="count".',
    empty: 'No hay observaciones para esta serie y región.',
    outsideYears: (covered: string) => `ningún año a la vista: los datos cubren ${covered}`,
  },
} as const satisfies Record<Lang, unknown>;

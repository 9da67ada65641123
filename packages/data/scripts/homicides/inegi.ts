import type { HomicideObservation } from '../../src/schemas/homicides.js';
import { readRawCsv, type RawRow } from '../lib/raw-csv.js';
import { nationalSums, regionOf, stateRegionOf } from './observation.js';
import type { Source } from '../../src/schemas/sources.js';
import { homicideFileSources, pressSource } from './sources.js';

/** INEGI deaths by month of registration, national and 32 states, 1990-2016. */
export function inegiRegistrationMonthly(): HomicideObservation[] {
  const source = homicideFileSources.inegiRegistrationMonthly;
  return readRawCsv(source.file, ['state_code', 'year', 'month', 'homicides', 'population']).map(
    (row) => ({
      seriesId: 'inegi-registration-monthly',
      region: regionOf(row, 'state_code'),
      year: row.year('year'),
      month: row.month('month'),
      count: row.count('homicides'),
      population: row.optionalPositive('population'),
      sourceId: source.id,
      vintage: source.vintage,
    }),
  );
}

/** Columns of the diegovalle national annual table and the series each one feeds. */
export const annualTableColumns = {
  inegi_homicides: 'inegi-registration-annual',
  sesnsp_vm_averiguaciones_hd: 'sesnsp-1997-incidents-hd-annual',
  sesnsp_vm_victims_hd: 'sesnsp-1997-victims-hd-annual',
  sesnsp_nm_victims_hd: 'sesnsp-2015-victims-hd-annual',
  sesnsp_nm_victims_feminicide: 'sesnsp-2015-victims-feminicide-annual',
  sesnsp_nm_victims_hd_plus_feminicide: 'sesnsp-2015-victims-hd-feminicide-annual',
  sesnsp_nm_carpetas_hd: 'sesnsp-2015-incidents-hd-annual',
  sesnsp_nm_carpetas_feminicide: 'sesnsp-2015-incidents-feminicide-annual',
} as const;

/** The diegovalle table: INEGI and SESNSP national annual counts, 1990-2017; blank = not reported. */
export function nationalAnnualTable(): HomicideObservation[] {
  const source = homicideFileSources.nationalAnnualTable;
  const rows = readRawCsv(source.file, ['year', 'population', ...Object.keys(annualTableColumns)]);
  return rows.flatMap((row) =>
    Object.entries(annualTableColumns).flatMap(([column, seriesId]) => {
      const count = row.optionalCount(column);
      if (count === undefined) return [];
      const observation: HomicideObservation = {
        seriesId,
        region: 'MX',
        year: row.year('year'),
        count,
        population: row.optionalPositive('population'),
        sourceId: source.id,
        vintage: source.vintage,
      };
      if (seriesId === 'inegi-registration-annual') observation.status = 'definitive';
      return [observation];
    }),
  );
}

const pressStatus = ['preliminary', 'definitive', 'definitive (per press)'] as const;

/**
 * INEGI national annual figures read in press coverage, each row a release dated by its
 * publication (the most precise date given for that page). The one row without a URL repeats the
 * diegovalle table's definitive 2016 figure: it is checked against `table` and not emitted twice.
 */
export function inegiPressFigures(table: readonly HomicideObservation[]): {
  observations: HomicideObservation[];
  sources: Source[];
} {
  const file = 'homicides/inegi_homicides_national_annual_press_figures.csv';
  const rows = readRawCsv(file, [
    'year',
    'homicides',
    'status',
    'as_reported_in',
    'publication_or_report',
    'source_url',
  ]);
  const pages = new Map<string, RawRow[]>();
  for (const row of rows) {
    const url = row.optionalText('source_url');
    if (url === undefined) {
      checkAgainstTable(row, table);
      continue;
    }
    if (!/^https?:\/\//.test(url)) row.fail('source_url', 'not an http(s) address');
    if (row.optionalText('publication_or_report') === undefined)
      row.fail('publication_or_report', 'a press figure needs its publication date');
    pages.set(url, [...(pages.get(url) ?? []), row]);
  }
  const sources: Source[] = [];
  const observations: HomicideObservation[] = [];
  for (const [url, pageRows] of pages) {
    const dates = pageRows.map((row) => row.text('publication_or_report').trim());
    const date = dates.reduce((best, next) => (next.length > best.length ? next : best));
    const source = pressSource(
      url,
      date,
      pageRows.map(
        (row) => `${row.text('year')} ${row.text('status')}: ${row.text('as_reported_in')}`,
      ),
    );
    sources.push(source);
    for (const row of pageRows) {
      const status = row.oneOf('status', pressStatus);
      const observation: HomicideObservation = {
        seriesId: 'inegi-registration-annual',
        region: 'MX',
        year: row.year('year'),
        count: row.count('homicides'),
        sourceId: source.id,
        vintage: date,
        status: status === 'preliminary' ? 'preliminary' : 'definitive',
      };
      if (status === 'definitive (per press)') observation.verified = 'partial';
      observations.push(observation);
    }
  }
  return { observations, sources };
}

function checkAgainstTable(row: RawRow, table: readonly HomicideObservation[]): void {
  const year = row.year('year');
  const match = table.find(
    (entry) => entry.seriesId === 'inegi-registration-annual' && entry.year === year,
  );
  if (!match)
    row.fail('source_url', 'no URL, and the diegovalle table has no INEGI figure for this year');
  if (match.count !== row.count('homicides'))
    row.fail('homicides', `no URL, and the diegovalle table gives ${match.count}`);
}

/** diegovalle/mxmortalitydb's recount of registered homicides from the microdata, 2004-2023. */
export function mxmortalitydbAnnual(): HomicideObservation[] {
  const source = homicideFileSources.mxmortalitydb;
  return readRawCsv(source.file, ['year_registration', 'homicides_registered']).map((row) => ({
    seriesId: 'inegi-registration-annual-mxmortalitydb',
    region: 'MX',
    year: row.year('year_registration'),
    count: row.count('homicides_registered'),
    sourceId: source.id,
    vintage: source.vintage,
  }));
}

/** Gargiulo et al.: INEGI deaths by month and state of occurrence, 2000-2022; national = sum of states. */
export function inegiOccurrenceMonthly(): HomicideObservation[] {
  const source = homicideFileSources.gargiulo;
  const states = readRawCsv(source.file, [
    'state_code',
    'year',
    'month',
    'homicides',
    'pop_est_midyear',
  ]).map((row) => ({
    seriesId: 'inegi-occurrence-monthly',
    region: stateRegionOf(row, 'state_code'),
    year: row.year('year'),
    month: row.month('month'),
    count: row.count('homicides'),
    population: row.optionalPositive('pop_est_midyear'),
    sourceId: source.id,
    vintage: source.vintage,
  }));
  return [
    ...nationalSums(states, { sourceId: source.id, withPopulation: true, populationDecimals: 1 }),
    ...states,
  ];
}

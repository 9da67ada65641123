import type { HomicideObservation } from '../../src/schemas/homicides.js';
import type { Source } from '../../src/schemas/sources.js';
import { readRawCsv } from '../lib/raw-csv.js';
import { nationalSums, observationKey, regionOf, stateRegionOf } from './observation.js';
import {
  homicideFileSources,
  nationalJsonVintageSource,
  type HomicideFileSource,
} from './sources.js';

interface StateCell {
  region: string;
  year: number;
  month: number;
  /** The crime the cell counts (source wording). */
  crime: string;
  /** `undefined` where the cell is blank (not reported). */
  count: number | undefined;
}

/**
 * Turns state cells (one per state, month, crime and breakdown) into a series' state rows and their
 * national sums: `crimes` lists the source's crime labels that the series adds up, and
 * `expectedCells` how many breakdown cells (weapon, sex...) make one state-month. Blank cells are
 * "not reported": a state-month adds up the reported cells and needs at least one.
 */
function seriesFromCells(
  cells: readonly StateCell[],
  seriesId: string,
  crimes: readonly string[],
  expectedCells: number,
  file: HomicideFileSource,
): HomicideObservation[] {
  const groups = new Map<string, { row: HomicideObservation; cells: number; reported: number }>();
  for (const cell of cells) {
    if (!crimes.includes(cell.crime)) continue;
    const row: HomicideObservation = {
      seriesId,
      region: cell.region,
      year: cell.year,
      month: cell.month,
      count: 0,
      sourceId: file.id,
      vintage: file.vintage,
    };
    const key = observationKey(row);
    const group = groups.get(key) ?? { row, cells: 0, reported: 0 };
    group.cells += 1;
    if (cell.count !== undefined) {
      group.row.count += cell.count;
      group.reported += 1;
    }
    groups.set(key, group);
  }
  const states = [...groups.values()].map(({ row, cells: found, reported }) => {
    const where = `${file.file}: ${seriesId} ${row.region} ${row.year}-${row.month}`;
    if (found !== expectedCells)
      throw new Error(`${where}: expected ${expectedCells} cells, found ${found}`);
    if (reported === 0) throw new Error(`${where}: every cell is blank`);
    return row;
  });
  return [...nationalSums(states, { sourceId: file.id, withPopulation: false }), ...states];
}

/** Old-method (1997-2017) case files: intentional, culpable, and both, from one release. */
function oldIncidents(file: HomicideFileSource): HomicideObservation[] {
  const cells = readRawCsv(file.file, [
    'year',
    'month',
    'state_code',
    'modalidad',
    'tipo',
    'subtipo',
    'averiguaciones',
  ]).map((row) => {
    row.oneOf('modalidad', ['HOMICIDIOS']);
    row.oneOf('subtipo', ['CON ARMA DE FUEGO', 'CON ARMA BLANCA', 'SIN DATOS', 'OTROS']);
    return {
      region: stateRegionOf(row, 'state_code'),
      year: row.year('year'),
      month: row.month('month'),
      crime: row.oneOf('tipo', ['DOLOSOS', 'CULPOSOS']),
      count: row.optionalCount('averiguaciones'),
    };
  });
  return [
    ...seriesFromCells(cells, 'sesnsp-1997-incidents-hd', ['DOLOSOS'], 4, file),
    ...seriesFromCells(cells, 'sesnsp-1997-incidents-culposo', ['CULPOSOS'], 4, file),
    ...seriesFromCells(cells, 'sesnsp-1997-incidents-all', ['DOLOSOS', 'CULPOSOS'], 8, file),
  ];
}

/** Both kept releases of the old-method state case files (January 2015 and July 2018). */
export function sesnspOldIncidents(): HomicideObservation[] {
  return [
    ...oldIncidents(homicideFileSources.sesnspOldIncidents2015),
    ...oldIncidents(homicideFileSources.sesnspOldIncidents2018),
  ];
}

/**
 * Victims as charted on crimenmexico.diegovalle.net: the old-method states of the November 2017
 * site update, and every national vintage of 2016-2018. The old-method vintages (until 2017-12-24)
 * count intentional homicide; the new-method ones (from 2018-02-19) count intentional homicide
 * plus feminicide, although the file name says homicidio doloso (their 2017 sums to 29,425, the
 * annual table's homicide-plus-feminicide 29,430, against 28,734 for intentional homicide alone).
 * The national rows of the state file must equal the national vintage of the same commit; they
 * are emitted once.
 */
export function sesnspVictimVintages(): { observations: HomicideObservation[]; sources: Source[] } {
  const vintagesFile =
    'homicides/sesnsp_victims_homicidio_doloso_national_month_vintages_2016_2018.csv';
  const sources = new Map<string, Source>();
  const national: HomicideObservation[] = [];
  for (const row of readRawCsv(vintagesFile, [
    'vintage_commit',
    'vintage_commit_date',
    'methodology',
    'year',
    'month',
    'victims',
    'population',
  ])) {
    const commit = row.text('vintage_commit');
    if (!/^[0-9a-f]{40}$/.test(commit)) row.fail('vintage_commit', 'not a 40-digit commit hash');
    const date = row.text('vintage_commit_date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) row.fail('vintage_commit_date', 'not a YYYY-MM-DD date');
    const source = sources.get(commit) ?? nationalJsonVintageSource(commit, date);
    if (source.date !== date)
      row.fail('vintage_commit_date', `commit ${commit} has another date (${source.date})`);
    sources.set(commit, source);
    const methodology = row.oneOf('methodology', ['old', 'new']);
    const victims = row.optionalCount('victims');
    if (victims === undefined) continue; // blank: the vintage did not report that month
    national.push({
      seriesId:
        methodology === 'old' ? 'sesnsp-1997-victims-hd' : 'sesnsp-2015-victims-hd-feminicide',
      region: 'MX',
      year: row.year('year'),
      month: row.month('month'),
      count: victims,
      population: row.optionalPositive('population'),
      sourceId: source.id,
      vintage: date,
    });
  }
  const file = homicideFileSources.sesnspOldVictimsStates;
  const byKey = new Map(national.map((row) => [observationKey(row), row]));
  const states: HomicideObservation[] = [];
  for (const row of readRawCsv(file.file, [
    'state_code',
    'year',
    'month',
    'victims',
    'population',
  ])) {
    const observation: HomicideObservation = {
      seriesId: 'sesnsp-1997-victims-hd',
      region: regionOf(row, 'state_code'),
      year: row.year('year'),
      month: row.month('month'),
      count: row.count('victims'),
      population: row.optionalPositive('population'),
      sourceId: file.id,
      vintage: file.vintage,
    };
    if (observation.region !== 'MX') {
      states.push(observation);
      continue;
    }
    const same =
      byKey.get(observationKey(observation)) ??
      row.fail(
        'state_code',
        `no national vintage ${file.vintage} row for this month in ${vintagesFile}`,
      );
    if (same.count !== observation.count)
      row.fail('victims', `national vintage ${file.vintage} gives ${same.count}`);
    if (same.population !== observation.population)
      row.fail('population', `national vintage ${file.vintage} gives ${same.population}`);
  }
  return { observations: [...national, ...states], sources: [...sources.values()] };
}

/**
 * New-method (2015-) state cells of one release: `columns` are the file's, the count last;
 * `cellsPerStateMonth` how many breakdown cells (weapon, sex...) make one state-month of each crime.
 */
interface NewMethodRelease {
  file: HomicideFileSource;
  measure: 'victims' | 'incidents';
  columns: readonly string[];
  cellsPerStateMonth: { hd: number; feminicide: number; culposo: number };
}

/** The new-method (2015-) releases kept: victims (June 2025), then case files (March 2022). */
const newMethodReleases: readonly NewMethodRelease[] = [
  {
    file: homicideFileSources.sesnspNewVictims,
    measure: 'victims',
    columns: ['year', 'month', 'state_code', 'subtipo', 'modalidad', 'sexo', 'victims'],
    cellsPerStateMonth: { hd: 12, feminicide: 4, culposo: 15 },
  },
  {
    file: homicideFileSources.sesnspNewIncidents,
    measure: 'incidents',
    columns: ['year', 'month', 'state_code', 'tipo', 'subtipo', 'modalidad', 'carpetas'],
    cellsPerStateMonth: { hd: 4, feminicide: 4, culposo: 5 },
  },
];

/**
 * One new-method release as four series: intentional homicide, feminicide, both (its cells are the
 * other two's), and culpable homicide.
 */
function newMethodSeries({
  file,
  measure,
  columns,
  cellsPerStateMonth,
}: NewMethodRelease): HomicideObservation[] {
  const countColumn = columns.at(-1)!;
  const cells = readRawCsv(file.file, columns).map((row) => ({
    region: stateRegionOf(row, 'state_code'),
    year: row.year('year'),
    month: row.month('month'),
    crime: row.oneOf('subtipo', ['Homicidio doloso', 'Feminicidio', 'Homicidio culposo']),
    count: row.count(countColumn),
  }));
  const { hd, feminicide, culposo } = cellsPerStateMonth;
  const series = `sesnsp-2015-${measure}`;
  return [
    ...seriesFromCells(cells, `${series}-hd`, ['Homicidio doloso'], hd, file),
    ...seriesFromCells(cells, `${series}-feminicide`, ['Feminicidio'], feminicide, file),
    ...seriesFromCells(
      cells,
      `${series}-hd-feminicide`,
      ['Homicidio doloso', 'Feminicidio'],
      hd + feminicide,
      file,
    ),
    ...seriesFromCells(cells, `${series}-culposo`, ['Homicidio culposo'], culposo, file),
  ];
}

/**
 * New-method (2015-) victims (June 2025 release) and case files (March 2022 release): intentional
 * homicide, feminicide, both, culpable.
 */
export function sesnspNewMethod(): HomicideObservation[] {
  return newMethodReleases.flatMap(newMethodSeries);
}

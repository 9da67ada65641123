// Nothing dropped, nothing invented: row counts and totals of the published tables against the raw
// files, read here independently of the build.
import { describe, expect, it } from 'vitest';
import { regionByInegiCode } from '../regions.js';
import type { HomicideObservation } from '../schemas/homicides.js';
import { readRaw, sum } from '../test-helpers/raw.js';
import { homicideObservations } from './observations.js';

const bySeries = new Map<string, HomicideObservation[]>();
for (const row of homicideObservations) {
  const rows = bySeries.get(row.seriesId);
  if (rows) rows.push(row);
  else bySeries.set(row.seriesId, [row]);
}
const series = (id: string, vintage?: string) =>
  (bySeries.get(id) ?? []).filter((row) => vintage === undefined || row.vintage === vintage);
const national = (rows: HomicideObservation[]) => rows.filter((row) => row.region === 'MX');
const states = (rows: HomicideObservation[]) => rows.filter((row) => row.region !== 'MX');
const monthKey = (year: number | string, month: number | string) =>
  `${Number(year)}-${Number(month)}`;
const byMonth = (rows: HomicideObservation[]) =>
  new Map(rows.map((row) => [monthKey(row.year, row.month!), row.count]));
const code = (inegi: string) => regionByInegiCode(inegi)!.code;

/** Sum of each state's rows per month, keyed `year-month`. */
function stateSumsByMonth(rows: HomicideObservation[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of states(rows))
    sums.set(
      monthKey(row.year, row.month!),
      (sums.get(monthKey(row.year, row.month!)) ?? 0) + row.count,
    );
  return sums;
}

/**
 * Expects the national rows of `rows` (series `id`) to be the months of a published national file,
 * each with the figure in that file's `column`.
 */
function expectNationalMonths(
  id: string,
  rows: HomicideObservation[],
  aggregate: Record<string, string>[],
  column: string,
): void {
  const months = byMonth(national(rows));
  expect(months.size, id).toBe(aggregate.length);
  for (const row of aggregate)
    expect(months.get(monthKey(row.year!, row.month!)), `${id} ${row.year}-${row.month}`).toBe(
      Number(row[column]),
    );
}

describe('INEGI by registration', () => {
  const raw = readRaw('homicides/inegi_homicides_state_month_registration_1990_2016.csv');
  const table = series('inegi-registration-monthly');

  it('keeps every row of the state-month file with its count and population', () => {
    expect(table).toHaveLength(raw.length);
    expect(sum(table, (row) => row.count)).toBe(sum(raw, (row) => Number(row.homicides)));
    const published = new Map(table.map((row) => [`${row.region}|${row.year}|${row.month}`, row]));
    for (const row of raw) {
      const match = published.get(
        `${code(row.state_code!)}|${Number(row.year)}|${Number(row.month)}`,
      );
      expect(match?.count).toBe(Number(row.homicides));
      expect(match?.population).toBe(Number(row.population));
    }
  });

  it('national months equal the national rows of the separate 1990-2015 cube export', () => {
    const other = readRaw('homicides/inegi_homicides_national_month_registration_1990_2015.csv');
    const months = byMonth(national(table));
    expect(other).toHaveLength(312);
    for (const row of other)
      expect(months.get(monthKey(row.year_registration!, row.month_registration!))).toBe(
        Number(row.homicides_registered),
      );
  });

  it('the municipal file (448k rows, all codes incl. 999 and 33-35) adds up to the national annual totals, 1990-2015', () => {
    const municipal = readRaw(
      'homicides/inegi_homicides_municipality_month_registration_1990_2015.csv',
    );
    expect(municipal).toHaveLength(448248);
    const byYear = new Map<number, number>();
    for (const row of municipal)
      byYear.set(
        Number(row.year_registration),
        (byYear.get(Number(row.year_registration)) ?? 0) + Number(row.homicides),
      );
    const annual = series('inegi-registration-annual', '2018-02-21');
    for (let year = 1990; year <= 2015; year++)
      expect(byYear.get(year), String(year)).toBe(annual.find((row) => row.year === year)?.count);
  });

  it('the 32 states add up to no more than the nation (unspecified or foreign places are national only)', () => {
    const sums = stateSumsByMonth(table);
    for (const row of national(table))
      expect(sums.get(monthKey(row.year, row.month!))).toBeLessThanOrEqual(row.count);
  });

  it('the annual table and the press file are all there (the URL-less 2016 press row repeats the table)', () => {
    const tableRows = readRaw('homicides/national_annual_inegi_vs_sesnsp_1990_2017_diegovalle.csv');
    const cells = tableRows.flatMap((row) =>
      Object.entries(row).filter(
        ([column, value]) => column !== 'year' && column !== 'population' && value !== '',
      ),
    );
    const fromTable = homicideObservations.filter(
      (row) => row.sourceId === 'DIEGOVALLE_TABLE_INEGI_SESNSP',
    );
    expect(fromTable).toHaveLength(cells.length);
    expect(sum(fromTable, (row) => row.count)).toBe(sum(cells, ([, value]) => Number(value)));
    const press = readRaw('homicides/inegi_homicides_national_annual_press_figures.csv');
    const fromPress = homicideObservations.filter((row) => row.sourceId.startsWith('PRESS_'));
    expect(fromPress).toHaveLength(press.filter((row) => row.source_url !== '').length);
    expect(press.filter((row) => row.source_url === '')).toEqual([
      expect.objectContaining({ year: '2016', homicides: '24559' }),
    ]);
  });
});

describe('INEGI by occurrence (Gargiulo et al.)', () => {
  const raw = readRaw('homicides/inegi_homicides_state_month_occurrence_2000_2022_gargiulo.csv');
  const table = series('inegi-occurrence-monthly');
  it('keeps the 8,832 state rows, and the national rows are their sums', () => {
    expect(states(table)).toHaveLength(raw.length);
    expect(sum(states(table), (row) => row.count)).toBe(sum(raw, (row) => Number(row.homicides)));
    expect(national(table)).toHaveLength(raw.length / 32);
    const sums = stateSumsByMonth(table);
    for (const row of national(table))
      expect(row.count).toBe(sums.get(monthKey(row.year, row.month!)));
  });
});

describe('SESNSP 1997-2017 method', () => {
  it.each([
    ['homicides/sesnsp_old_incidents_homicide_state_month_1997_2017.csv', '2018-07'],
    [
      'homicides/sesnsp_old_incidents_homicide_state_month_1997_2014_vintage2015-01.csv',
      '2015-01-21',
    ],
  ])('%s: every reported cell is in the state rows', (file, vintage) => {
    const raw = readRaw(file);
    const reported = (tipo: string) =>
      sum(
        raw.filter((row) => row.tipo === tipo),
        (row) => Number(row.averiguaciones?.trim() || 0),
      );
    expect(sum(states(series('sesnsp-1997-incidents-hd', vintage)), (row) => row.count)).toBe(
      reported('DOLOSOS'),
    );
    expect(sum(states(series('sesnsp-1997-incidents-culposo', vintage)), (row) => row.count)).toBe(
      reported('CULPOSOS'),
    );
    expect(sum(states(series('sesnsp-1997-incidents-all', vintage)), (row) => row.count)).toBe(
      reported('DOLOSOS') + reported('CULPOSOS'),
    );
    expect(states(series('sesnsp-1997-incidents-hd', vintage))).toHaveLength(raw.length / 8);
  });

  it('national case files equal the published national aggregate, month by month', () => {
    const aggregate = readRaw(
      'homicides/sesnsp_old_incidents_homicidio_doloso_national_month_1997_2017.csv',
    );
    expectNationalMonths(
      'sesnsp-1997-incidents-hd',
      series('sesnsp-1997-incidents-hd', '2018-07'),
      aggregate,
      'averiguaciones_homicidio_doloso',
    );
  });

  it('annual case-file totals 1997-2016 agree with the diegovalle table to the unit', () => {
    const annual = series('sesnsp-1997-incidents-hd-annual');
    const monthly = national(series('sesnsp-1997-incidents-hd', '2018-07'));
    for (let year = 1997; year <= 2016; year++) {
      expect(
        sum(
          monthly.filter((row) => row.year === year),
          (row) => row.count,
        ),
        String(year),
      ).toBe(annual.find((row) => row.year === year)?.count);
    }
  });

  it('victims: the states add up exactly to the national row of the same release', () => {
    const raw = readRaw('homicides/sesnsp_old_victims_homicidio_doloso_state_month_2014_2017.csv');
    const table = series('sesnsp-1997-victims-hd', '2017-12-24');
    expect(table).toHaveLength(raw.length);
    expect(sum(table, (row) => row.count)).toBe(sum(raw, (row) => Number(row.victims)));
    const sums = stateSumsByMonth(table);
    for (const row of national(table))
      expect(row.count).toBe(sums.get(monthKey(row.year, row.month!)));
  });

  it('every reported value of every 2016-2018 national vintage is kept, blanks are absent', () => {
    const raw = readRaw(
      'homicides/sesnsp_victims_homicidio_doloso_national_month_vintages_2016_2018.csv',
    );
    const reported = raw.filter((row) => row.victims !== '');
    const kept = homicideObservations.filter((row) =>
      row.sourceId.startsWith('DIEGOVALLE_NATIONAL_JSON_'),
    );
    expect(kept).toHaveLength(reported.length);
    expect(sum(kept, (row) => row.count)).toBe(sum(reported, (row) => Number(row.victims)));
    expect(new Set(kept.map((row) => row.vintage)).size).toBe(
      new Set(raw.map((row) => row.vintage_commit)).size,
    );
  });
});

describe('SESNSP 2015- method', () => {
  /** Expects the state rows of series `ids` to add up to the raw state file's `column`. */
  function expectStateTotal(file: string, ids: string[], column: string): void {
    const raw = readRaw(file);
    const total = sum(ids, (id) => sum(states(series(id)), (row) => row.count));
    expect(total).toBe(sum(raw, (row) => Number(row[column])));
  }

  it('victims: national rows equal the published national file for each crime', () => {
    const aggregate = readRaw('homicides/sesnsp_nm_victims_national_month_2015_2025.csv');
    const columns: [string, string][] = [
      ['sesnsp-2015-victims-hd', 'victims_homicidio_doloso'],
      ['sesnsp-2015-victims-feminicide', 'victims_feminicidio'],
      ['sesnsp-2015-victims-hd-feminicide', 'victims_hd_plus_feminicidio'],
      ['sesnsp-2015-victims-culposo', 'victims_homicidio_culposo'],
    ];
    for (const [id, column] of columns)
      expectNationalMonths(id, series(id, '2025-07-20'), aggregate, column);
  });

  it('victims: every cell of the state file is counted once', () => {
    expectStateTotal(
      'homicides/sesnsp_nm_victims_homicide_state_month_2015_2025.csv',
      ['sesnsp-2015-victims-hd', 'sesnsp-2015-victims-feminicide', 'sesnsp-2015-victims-culposo'],
      'victims',
    );
  });

  it('case files: national rows equal the published national file', () => {
    const aggregate = readRaw('homicides/sesnsp_nm_incidents_national_month_2015_2022.csv');
    for (const [id, column] of [
      ['sesnsp-2015-incidents-hd', 'carpetas_homicidio_doloso'],
      ['sesnsp-2015-incidents-feminicide', 'carpetas_feminicidio'],
      ['sesnsp-2015-incidents-culposo', 'carpetas_homicidio_culposo'],
    ] as const)
      expectNationalMonths(id, series(id), aggregate, column);
    expectStateTotal(
      'homicides/sesnsp_nm_incidents_homicide_state_month_2015_2022.csv',
      [
        'sesnsp-2015-incidents-hd',
        'sesnsp-2015-incidents-feminicide',
        'sesnsp-2015-incidents-culposo',
      ],
      'carpetas',
    );
  });
});

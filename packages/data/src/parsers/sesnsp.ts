import { regionByCode, regionByInegiCode } from '../regions.js';
import type { HomicideCrime, HomicideObservation } from '../schemas/homicides.js';
import { IssueList, parseCount, parseYear } from './cells.js';
import { looseKey } from './decode.js';
import { DataValidationError, fileIssue } from './errors.js';
import {
  checkOptions,
  findColumns,
  readTable,
  requireColumns,
  type ParseOptions,
  type Table,
} from './table.js';

/** Options of {@link parseSesnspStateCsv}. */
export interface SesnspParseOptions extends ParseOptions {
  /**
   * What to add up per state and month (default `intentional-homicide`). In the 2015- layout these
   * are "Subtipo de delito" values: Homicidio doloso, Feminicidio, Homicidio culposo (`all-homicide` =
   * the three). In the 1997-2017 layout, TIPO within MODALIDAD HOMICIDIOS: DOLOSOS, CULPOSOS
   * (`all-homicide` = both); it has no feminicide.
   */
  crime?: HomicideCrime;
}

const months = [
  'Enero',
  'Febrero',
  'Marzo',
  'Abril',
  'Mayo',
  'Junio',
  'Julio',
  'Agosto',
  'Septiembre',
  'Octubre',
  'Noviembre',
  'Diciembre',
];

const monthColumns = Object.fromEntries(months.map((name, i) => [`m${i + 1}`, name]));

interface Layout {
  name: string;
  columns: Record<'year' | 'state' | 'crime', string> & Record<string, string>;
  /** Other conditions a row must meet, as loose keys: column label to wanted value. */
  filter: Record<string, string>;
  crimes: Partial<Record<HomicideCrime, string[]>>;
}

const layouts: Record<'current' | 'old', Layout> = {
  current: {
    name: 'the 2015- layout (Año, Clave_Ent, ..., Subtipo de delito, Modalidad, Enero ... Diciembre)',
    columns: {
      year: 'Año',
      state: 'Clave_Ent',
      crime: 'Subtipo de delito',
      type: 'Tipo de delito',
      modality: 'Modalidad',
    },
    filter: {},
    crimes: {
      'intentional-homicide': ['Homicidio doloso'],
      feminicide: ['Feminicidio'],
      'intentional-homicide-and-feminicide': ['Homicidio doloso', 'Feminicidio'],
      'culpable-homicide': ['Homicidio culposo'],
      'all-homicide': ['Homicidio doloso', 'Feminicidio', 'Homicidio culposo'],
    },
  },
  old: {
    name: 'the 1997-2017 layout (AÑO, INEGI, ENTIDAD, MODALIDAD, TIPO, SUBTIPO, ENERO ... DICIEMBRE)',
    columns: {
      year: 'AÑO',
      state: 'INEGI',
      crime: 'TIPO',
      modality: 'MODALIDAD',
      subtype: 'SUBTIPO',
    },
    filter: { MODALIDAD: 'HOMICIDIOS' },
    crimes: {
      'intentional-homicide': ['DOLOSOS'],
      'culpable-homicide': ['CULPOSOS'],
      'all-homicide': ['DOLOSOS', 'CULPOSOS'],
    },
  },
};

function layoutOf(table: Table): Layout {
  const keys = table.header.map(looseKey);
  if (keys.includes(looseKey('INEGI')) && !keys.includes(looseKey('Clave_Ent'))) return layouts.old;
  return layouts.current;
}

/**
 * Reads one of SESNSP's official state files (one row per state, year and crime breakdown, with
 * month columns Enero ... Diciembre) and adds up the chosen crime per state and month.
 *
 * Both layouts are recognised from the header: the 2015- method (`Año, Clave_Ent, Entidad, Bien
 * jurídico afectado, Tipo de delito, Subtipo de delito, Modalidad, [Sexo, Rango de edad,] Enero ...
 * Diciembre`, incidents or victims; municipal files too) and the 1997-2017 method (`AÑO, INEGI,
 * ENTIDAD, MODALIDAD, TIPO, SUBTIPO, ENERO ... DICIEMBRE`). Header names match loosely, so a
 * mis-decoded "AÒo" is read as "Año". Blank month cells (months not yet published) give no row:
 * they are absent, not zero. Copes with a UTF-8 byte-order mark, CRLF, Windows-1252 bytes, quoted
 * fields and thousands separators.
 *
 * @returns one observation per state and month with at least one reported cell, in INEGI state order.
 * @throws DataValidationError listing every problem (row, column, value, reason): an empty file, a
 * missing column, a non-numeric or negative count, an unknown state code, a bad year, or a row that
 * repeats another row's state, year and breakdown.
 */
export function parseSesnspStateCsv(
  input: string | Uint8Array,
  options: SesnspParseOptions,
): HomicideObservation[] {
  checkOptions(options);
  const table = readTable(input);
  const layout = layoutOf(table);
  const crime = options.crime ?? 'intentional-homicide';
  const { index, missing } = findColumns(table.header, { ...layout.columns, ...monthColumns });
  requireColumns(missing);
  const [yearAt, stateAt, crimeAt] = [index.year!, index.state!, index.crime!];
  const wanted = layout.crimes[crime];
  if (!wanted) {
    throw new DataValidationError([
      fileIssue(1, table.header[crimeAt]!, '', {
        code: 'unknown-crime',
        params: { layout: layout.name, crime },
      }),
    ]);
  }
  const wantedKeys = new Set(wanted.map(looseKey));
  const filters = Object.entries(layout.filter).map(([label, value]) => ({
    at: table.header.map(looseKey).indexOf(looseKey(label)),
    value: looseKey(value),
  }));
  const monthIndexes = months.map((_, i) => index[`m${i + 1}`]!);
  const issues = new IssueList();
  const breakdowns = new Map<string, number>();
  const totals = new Map<string, HomicideObservation>();
  let selectedRows = 0;

  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const cell = (at: number) => cells[at] ?? '';
    const breakdown = cells
      .filter((_, at) => !monthIndexes.includes(at))
      .map(looseKey)
      .join('|');
    const first = breakdowns.get(breakdown);
    if (first !== undefined) {
      issues.add(row, table.header[crimeAt]!, cell(crimeAt), {
        code: 'duplicate-row',
        params: { firstRow: first },
      });
      return;
    }
    breakdowns.set(breakdown, row);
    if (
      !filters.every(({ at, value }) => looseKey(cell(at)) === value) ||
      !wantedKeys.has(looseKey(cell(crimeAt)))
    )
      return;
    selectedRows += 1;
    const region = regionByInegiCode(cell(stateAt));
    if (!region || region.level !== 'state')
      issues.add(row, table.header[stateAt]!, cell(stateAt), { code: 'unknown-state', params: {} });
    const year = parseYear(cell(yearAt));
    if (typeof year !== 'number') issues.add(row, table.header[yearAt]!, cell(yearAt), year);
    monthIndexes.forEach((at, m) => {
      const text = cell(at);
      if (text.trim() === '') return; // not published (yet): absent, not zero
      const count = parseCount(text);
      if (typeof count !== 'number') {
        issues.add(row, table.header[at]!, text, count);
        return;
      }
      if (!region || region.level !== 'state' || typeof year !== 'number') return;
      const key = `${region.code}|${year}|${m + 1}`;
      const total = totals.get(key);
      if (total) total.count += count;
      else
        totals.set(key, {
          seriesId: options.seriesId,
          region: region.code,
          year,
          month: m + 1,
          count,
          sourceId: options.sourceId,
          vintage: options.vintage,
        });
    });
  });

  if (selectedRows === 0 && issues.issues.length === 0) {
    issues.add(1, table.header[crimeAt]!, '', {
      code: 'no-crime-rows',
      params: { crimes: wanted },
    });
  }
  if (issues.issues.length > 0) throw new DataValidationError(issues.issues);
  const order = (code: string) => regionByCode(code)!.inegiCode;
  return [...totals.values()].sort(
    (a, b) =>
      order(a.region).localeCompare(order(b.region)) || a.year - b.year || a.month! - b.month!,
  );
}

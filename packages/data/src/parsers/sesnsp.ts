import { regionByCode, regionByInegiCode } from '../regions.js';
import {
  homicideCrime,
  type HomicideCrime,
  type HomicideObservation,
} from '../schemas/homicides.js';
import { parseCount, parseYear } from './cells.js';
import { looseKey } from './decode.js';
import { DataValidationError, fileIssue } from './errors.js';
import { IssueList } from './issue-list.js';
import { namesState } from './state-names.js';
import {
  checkOptions,
  findColumns,
  optionText,
  readRows,
  requireColumns,
  type ParseOptions,
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

function layoutOf(header: readonly string[]): Layout {
  const keys = header.map(looseKey);
  if (keys.includes(looseKey('INEGI')) && !keys.includes(looseKey('Clave_Ent'))) return layouts.old;
  return layouts.current;
}

/** The crimes a caller may ask for. */
const crimes: readonly HomicideCrime[] = homicideCrime.options;

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
 * fields and thousands separators. Every row must have as many cells as the header (an unquoted
 * `1,234` would move every later month by one), and a state's name, where the file gives one, must
 * be the name of the state its code gives. The file is read one row at a time.
 *
 * @returns one observation per state and month with at least one reported cell, in INEGI state order.
 * @throws DataValidationError listing the problems (the first 100, `MAX_FILE_ISSUES`, with the
 * `total` counted), each at the file line it is on (blank lines counted) and its column: bad
 * options (row 0: `seriesId`, `sourceId`, `vintage`, or a `crime` that is not a
 * {@link HomicideCrime}), input that is not text or bytes, an empty file, a missing column, a row
 * with another number of cells than the header, a quote never closed, a non-numeric or negative
 * count, an unknown state code, a state name that is not its code's, a bad year, or a row that
 * repeats another row's state, year and breakdown.
 */
export function parseSesnspStateCsv(
  input: string | Uint8Array,
  options: SesnspParseOptions,
): HomicideObservation[] {
  const issues = new IssueList();
  if (
    checkOptions(options, issues) &&
    options.crime !== undefined &&
    !crimes.includes(options.crime)
  )
    issues.add(0, 'crime', optionText(options.crime), {
      code: 'option-not-one-of',
      params: { allowed: crimes },
    });
  issues.throwIfAny();
  const crime = options.crime ?? 'intentional-homicide';
  const totals = new Map<string, HomicideObservation>();
  let selectedRows = 0;
  // what the no-crime-rows issue names: the header's line and crime column, the crimes looked for
  let headerLine = 0;
  let crimeColumn = '';
  let wantedCrimes: readonly string[] = [];
  readRows(input, issues, (header, line) => {
    headerLine = line;
    const layout = layoutOf(header);
    const { index, missing } = findColumns(header, { ...layout.columns, ...monthColumns });
    requireColumns(missing, line);
    const [yearAt, stateAt, crimeAt] = [index.year!, index.state!, index.crime!];
    crimeColumn = header[crimeAt]!;
    const wanted = layout.crimes[crime];
    if (!wanted) {
      throw new DataValidationError([
        fileIssue(line, crimeColumn, '', {
          code: 'unknown-crime',
          params: { layout: layout.name, crime },
        }),
      ]);
    }
    wantedCrimes = wanted;
    const wantedKeys = new Set(wanted.map(looseKey));
    const keys = header.map(looseKey);
    const filters = Object.entries(layout.filter).map(([label, value]) => ({
      at: keys.indexOf(looseKey(label)),
      value: looseKey(value),
    }));
    const nameAt = keys.indexOf(looseKey('Entidad'));
    const monthIndexes = months.map((_, i) => index[`m${i + 1}`]!);
    const breakdowns = new Map<string, number>();
    return (cells, row) => {
      const cell = (at: number) => cells[at]!;
      const breakdown = cells
        .filter((_, at) => !monthIndexes.includes(at))
        .map(looseKey)
        .join('|');
      const first = breakdowns.get(breakdown);
      if (first !== undefined) {
        issues.add(row, crimeColumn, cell(crimeAt), {
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
      const state = region?.level === 'state' ? region : undefined;
      if (!state)
        issues.add(row, header[stateAt]!, cell(stateAt), { code: 'unknown-state', params: {} });
      else if (nameAt !== -1 && !namesState(state, cell(nameAt)))
        issues.add(row, header[nameAt]!, cell(nameAt), {
          code: 'state-name',
          params: { code: cell(stateAt).trim(), state: state.name.es },
        });
      const year = parseYear(cell(yearAt));
      if (typeof year !== 'number') issues.add(row, header[yearAt]!, cell(yearAt), year);
      monthIndexes.forEach((at, m) => {
        const text = cell(at);
        if (text.trim() === '') return; // not published (yet): absent, not zero
        const count = parseCount(text);
        if (typeof count !== 'number') {
          issues.add(row, header[at]!, text, count);
          return;
        }
        if (!state || typeof year !== 'number') return;
        const key = `${state.code}|${year}|${m + 1}`;
        const total = totals.get(key);
        if (total) total.count += count;
        else
          totals.set(key, {
            seriesId: options.seriesId,
            region: state.code,
            year,
            month: m + 1,
            count,
            sourceId: options.sourceId,
            vintage: options.vintage,
          });
      });
    };
  });

  if (selectedRows === 0 && issues.total === 0) {
    issues.add(headerLine, crimeColumn, '', {
      code: 'no-crime-rows',
      params: { crimes: wantedCrimes },
    });
  }
  issues.throwIfAny();
  const order = (code: string) => regionByCode(code)!.inegiCode;
  return [...totals.values()].sort(
    (a, b) =>
      order(a.region).localeCompare(order(b.region)) || a.year - b.year || a.month! - b.month!,
  );
}

import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import {
  finiteResult,
  outcomeOf,
  type CaseOutcome,
  type FuzzTarget,
} from '../../../../scripts/fuzz.js';
import { regionByInegiCode, regions } from '../regions.js';
import { decodeText } from '../parsers/decode.js';
import { isDataValidationError } from '../parsers/errors.js';
import { parseLongCsv } from '../parsers/long.js';
import { parseSesnspStateCsv } from '../parsers/sesnsp.js';
import type { HomicideObservation } from '../schemas/homicides.js';
import { sesnspSampleText } from '../test-helpers/sesnsp-files.js';
import {
  cellsOf,
  fileCases,
  inputOf,
  isRagged,
  junk,
  lineOf,
  rowsOf,
  type Change,
  type FileCase,
} from './files.js';

/** A parser under fuzz. */
export type Target<T> = FuzzTarget<T, fc.Arbitrary<T>>;

/** A parser, called with whatever a case holds. */
type Parse = (input: unknown, options: unknown) => HomicideObservation[];

const options = { seriesId: 'fuzz', sourceId: 'FUZZ', vintage: '2022-04' };

/** What a case gives a parser: a file made from valid rows and one change, or hostile arguments. */
export type ParserCase =
  | { kind: 'file'; file: FileCase; expected: readonly HomicideObservation[] }
  | { kind: 'arguments'; input: unknown; options: unknown };

/** Arguments as a careless caller passes them: input that is no file, or options that are no options. */
function argumentsCases(file: string): fc.Arbitrary<ParserCase> {
  const hostileOptions = fc.oneof(
    fc.anything(),
    fc.record(
      {
        seriesId: fc.oneof(fc.constant('s'), fc.anything()),
        sourceId: fc.oneof(fc.constant('S'), fc.anything()),
        vintage: fc.oneof(fc.constantFrom('2022', '2022-04-31', '2022-13'), fc.anything()),
        crime: fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'toString', 'feminicide', 'all-homicide'),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    ),
  );
  return fc.oneof(
    fc.record({
      kind: fc.constant('arguments' as const),
      input: fc.anything().filter((value) => typeof value !== 'string'),
      options: fc.constant(options),
    }),
    fc.record({
      kind: fc.constant('arguments' as const),
      input: fc.constant(file),
      options: hostileOptions,
    }),
  );
}

function shift(detail: string, text: string): CaseOutcome {
  return { outcome: 'silent shift', detail: `${detail}:\n${text.slice(0, 400)}` };
}

/**
 * Runs a case and judges it. Bugs: any exception but a `DataValidationError`, a number that is not
 * finite, a file that must be rejected read, a valid file read otherwise than its rows or
 * rejected, a file read although d3-dsv (a reader independent of the parser) finds a line with
 * more or fewer cells than the header, and what `rowsCheck` finds wrong with the rows read.
 */
async function judge(
  input: ParserCase,
  parse: Parse,
  rowsCheck?: (text: string, result: readonly HomicideObservation[]) => string | undefined,
): Promise<CaseOutcome> {
  if (input.kind === 'arguments')
    return outcomeOf(() => parse(input.input, input.options), isDataValidationError);
  const { file, expected } = input;
  const bytes = inputOf(file);
  const outcome = await outcomeOf(
    () => parse(bytes, options),
    isDataValidationError,
    (value) => {
      const result = value as HomicideObservation[];
      const finite = finiteResult(result);
      if (finite.outcome !== 'result') return finite;
      const text = decodeText(bytes);
      if (file.expectation === 'error') return shift('read a file it must reject', text);
      if (file.expectation === 'same' && !isDeepStrictEqual(result, expected))
        return shift('read a valid file otherwise than its rows', text);
      if (isRagged(text)) return shift('read a file with a ragged line', text);
      const wrong = rowsCheck?.(text, result);
      return wrong === undefined ? { outcome: 'result' } : shift(wrong, text);
    },
  );
  return outcome.outcome === 'typed error' && file.expectation === 'same'
    ? { outcome: 'valid input rejected', detail: outcome.detail }
    : outcome;
}

/** How a row's region may be written in the long layout, and the code it stands for. */
const regionForms: readonly (readonly [written: string, code: string])[] = [
  ['MX', 'MX'],
  ['mx', 'MX'],
  ['0', 'MX'],
  ['00', 'MX'],
  ['MX-CHH', 'MX-CHH'],
  ['mx-chh', 'MX-CHH'],
  ['8', 'MX-CHH'],
  ['08', 'MX-CHH'],
  ['9', 'MX-CMX'],
  ['MX-YUC', 'MX-YUC'],
  ['32', 'MX-ZAC'],
];

/** A valid long-layout file (columns in any order, a note column or not): its lines and its rows. */
const longFile = fc
  .record({
    rows: fc.uniqueArray(
      fc.record({
        region: fc.constantFrom(...regionForms),
        year: fc.integer({ min: 1900, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        count: fc.oneof(fc.nat(999), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        thousands: fc.boolean(),
        spaces: fc.boolean(),
        note: junk,
      }),
      {
        selector: (row) => `${row.region[1]}|${row.year}|${row.month}`,
        minLength: 1,
        maxLength: 30,
      },
    ),
    columns: fc.shuffledSubarray(['region', 'year', 'month', 'count', 'note'], { minLength: 5 }),
    note: fc.boolean(),
    upper: fc.boolean(),
  })
  .map(({ rows, columns: all, note, upper }) => {
    const columns = note ? all : all.filter((column) => column !== 'note');
    const lines = rows.map((row) => {
      const pad = (text: string) => (row.spaces ? ` ${text} ` : text);
      const written: Record<string, string> = {
        region: pad(row.region[0]),
        year: String(row.year),
        month: pad(String(row.month)),
        count: pad(row.thousands ? row.count.toLocaleString('en-US') : String(row.count)),
        note: row.note,
      };
      return lineOf(columns.map((column) => written[column]!));
    });
    const header = lineOf(columns.map((column) => (upper ? column.toUpperCase() : column)));
    const expected = rows.map((row) => ({
      ...options,
      region: row.region[1],
      year: row.year,
      month: row.month,
      count: row.count,
    }));
    return { lines: [header, ...lines], expected };
  });

/** The long layout read again by d3-dsv: every row, in order, gives the year, month and count read. */
function longRows(text: string, result: readonly HomicideObservation[]): string | undefined {
  const [header = [], ...data] = rowsOf(text);
  const at = (name: string) => header.findIndex((cell) => cell.trim().toLowerCase() === name);
  if (data.length !== result.length) return `${data.length} rows read as ${result.length}`;
  const number = (cell: string | undefined) => Number((cell ?? '').trim().replaceAll(',', ''));
  const moved = data.findIndex(
    (row, i) =>
      number(row[at('count')]) !== result[i]!.count ||
      number(row[at('year')]) !== result[i]!.year ||
      number(row[at('month')]) !== result[i]!.month,
  );
  return moved === -1 ? undefined : `row ${moved + 2} read otherwise: ${data[moved]!.join(',')}`;
}

/** `parseLongCsv`: valid files changed as a careless user would, and hostile arguments. */
export const longTarget: Target<ParserCase> = {
  name: 'parseLongCsv',
  arbitrary: fc.oneof(
    {
      weight: 9,
      arbitrary: longFile.chain(({ lines, expected }) =>
        fileCases(fc.constant(lines)).map((file): ParserCase => ({ kind: 'file', file, expected })),
      ),
    },
    { weight: 1, arbitrary: argumentsCases('region,year,month,count\nMX,2020,1,5\n') },
  ),
  run: (input) => judge(input, parseLongCsv as Parse, longRows),
};

/** The official SESNSP sample, as lines (no byte-order mark, no last line end), and its rows. */
const sampleLines = sesnspSampleText
  .replace(/^\uFEFF/, '')
  .split('\r\n')
  .filter(Boolean);
const sampleRows = parseSesnspStateCsv(sesnspSampleText, options);

const states = regions.filter((region) => region.level === 'state');

/**
 * A change only a SESNSP file has: a counted row (Homicidio doloso) whose state is named as
 * another state, which must be rejected, or as its own in capitals, which must not.
 */
function stateName(lines: readonly string[]): fc.Arbitrary<Change> {
  const counted = lines.flatMap((line, i) =>
    i > 0 && cellsOf(line)[5] === 'Homicidio doloso' ? [i] : [],
  );
  return fc
    .record({ line: fc.constantFrom(...counted), other: fc.nat(), own: fc.boolean() })
    .map(({ line, other, own }): Change => {
      const state = regionByInegiCode(cellsOf(lines[line]!)[1]!)!;
      const others = [...states.filter((s) => s !== state).map((s) => s.name.es), 'Atlantis'];
      return {
        kind: 'set-cell',
        line: line - 1,
        cell: 2,
        text: own ? state.name.es.toUpperCase() : others[other % others.length]!,
        expectation: own ? 'same' : 'error',
      };
    });
}

/** `parseSesnspStateCsv`: the official sample changed as a careless user would, and hostile arguments. */
export const sesnspTarget: Target<ParserCase> = {
  name: 'parseSesnspStateCsv',
  arbitrary: fc.oneof(
    {
      weight: 9,
      arbitrary: fileCases(fc.constant(sampleLines), stateName).map((file): ParserCase => ({
        kind: 'file',
        file,
        expected: sampleRows,
      })),
    },
    { weight: 1, arbitrary: argumentsCases(sesnspSampleText) },
  ),
  run: (input) => judge(input, parseSesnspStateCsv as Parse),
};

/** Every parser under fuzz. */
export const targets = [longTarget, sesnspTarget];

import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';

/**
 * What a change does to a file that parses: `same`, the parser must give the same rows; `error`,
 * it must reject the file (its rows would be wrong); `any`, it may do either, but never silently
 * misread a line.
 */
export type Expectation = 'same' | 'error' | 'any';

/** A file as lines (the header first), and how it is written out. */
export interface FileCase {
  readonly lines: readonly string[];
  readonly expectation: Expectation;
  readonly eol: '\n' | '\r\n' | '\r';
  readonly bom: boolean;
  readonly finalEol: boolean;
  readonly bytes: 'none' | 'utf-8' | 'windows-1252';
}

/** A careless user's change to the lines of a file: its kind, and where (taken modulo the lines or cells there are). */
type Change =
  | { kind: 'none' }
  | { kind: 'blank-lines'; at: number[]; blank: string }
  | { kind: 'unquoted-comma'; line: number; cell: number; at: number }
  | { kind: 'cut'; line: number; cell: number; at: number }
  | { kind: 'drop-cell'; line: number; cell: number }
  | { kind: 'extra-cell'; line: number; text: string }
  | { kind: 'repeat-line'; line: number }
  | { kind: 'set-cell'; line: number; cell: number; text: string; expectation: Expectation }
  | { kind: 'insert'; line: number; at: number; text: string }
  | { kind: 'delete-lines'; line: number; count: number };

/** Text a hostile or careless user puts in a file: separators, quotes, line ends, digits, accents, a BOM. */
export const junk = fc.string({
  unit: fc.constantFrom(
    ',',
    '"',
    '\n',
    '\r',
    ' ',
    '1',
    '0',
    '-',
    '.',
    'a',
    'é',
    'Ò',
    '\uFEFF',
    '\t',
  ),
  maxLength: 12,
});

/** The cells of one line, as d3-dsv reads them. */
export function cellsOf(line: string): string[] {
  return csvParseRows(line)[0] ?? [''];
}

/** One line of cells, as d3-dsv writes them (quoting what needs it). */
export function lineOf(cells: readonly string[]): string {
  return csvFormatRows([[...cells]]);
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * `expectation`, unless the changed row is blank: a blank line is skipped, so the file just has a
 * row less, which no parser can know (`any`).
 */
function unlessBlank(cells: readonly string[], expectation: Expectation): Expectation {
  return isBlank(cells) ? 'any' : expectation;
}

/** The lines after `change`, and what the parser must do with them. */
function applyChange(
  lines: readonly string[],
  change: Change,
): { lines: string[]; expectation: Expectation } {
  const out = [...lines];
  if (change.kind === 'none') return { lines: out, expectation: 'same' };
  if (change.kind === 'blank-lines') {
    for (const at of change.at) out.splice(at % (out.length + 1), 0, change.blank);
    return { lines: out, expectation: 'same' };
  }
  // a data line (never the header), and its cells as d3-dsv reads them
  const index = 1 + (change.line % (out.length - 1));
  const cells = cellsOf(out[index]!);
  const cell = 'cell' in change ? change.cell % cells.length : 0;
  switch (change.kind) {
    case 'unquoted-comma': {
      const text = cells[cell]!;
      const at = change.at % (text.length + 1);
      const raw = `${text.slice(0, at)},${text.slice(at)}`;
      out[index] = cells.map((c, i) => (i === cell ? raw : lineOf([c]))).join(',');
      // a cell holding a quote or a line end, written unquoted, may split anywhere (found by pnpm
      // fuzz, seed 18088: a note "\r,\r\n" left a blank line and a whole row)
      return { lines: out, expectation: /["\r\n]/.test(text) ? 'any' : 'error' };
    }
    case 'cut': {
      // the file ends inside this line, in a cell before its last: a whole cell at least is lost
      // (a cut inside the last cell leaves as many cells, which no parser can tell from a whole row)
      if (cells.length < 3) return { lines: out.slice(0, index), expectation: 'any' };
      const kept = Math.min(cell, cells.length - 3);
      const next = lineOf([cells[kept + 1]!]);
      const cut = `${lineOf(cells.slice(0, kept + 1))},${next.slice(0, change.at % (next.length + 1))}`;
      return {
        lines: [...out.slice(0, index), cut],
        expectation: unlessBlank(cellsOf(cut), 'error'),
      };
    }
    case 'drop-cell': {
      const fewer = cells.filter((_, i) => i !== cell);
      out[index] = lineOf(fewer);
      return { lines: out, expectation: unlessBlank(fewer, 'error') };
    }
    case 'extra-cell':
      out[index] = `${out[index]},${lineOf([change.text])}`;
      return { lines: out, expectation: 'error' };
    case 'repeat-line':
      out.splice(index, 0, out[index]!);
      return { lines: out, expectation: 'error' };
    case 'set-cell': {
      const changed = cells.map((c, i) => (i === cell ? change.text : c));
      out[index] = lineOf(changed);
      return { lines: out, expectation: change.expectation };
    }
    case 'insert': {
      const line = out[index]!;
      const at = change.at % (line.length + 1);
      out[index] = `${line.slice(0, at)}${change.text}${line.slice(at)}`;
      return { lines: out, expectation: 'any' };
    }
    case 'delete-lines':
      out.splice(index, 1 + (change.count % 3));
      return { lines: out, expectation: out.length > 1 ? 'any' : 'error' };
  }
}

/** Changes that keep a file's rows (blank lines) or must be rejected, or may go either way. */
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({
    kind: fc.constant('blank-lines' as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    blank: fc.constantFrom('', ' ', ',,', '\t', ' , '),
  }),
  fc.record({
    kind: fc.constant('unquoted-comma' as const),
    line: fc.nat(),
    cell: fc.nat(),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('cut' as const), line: fc.nat(), cell: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-cell' as const), line: fc.nat(), cell: fc.nat() }),
  fc.record({ kind: fc.constant('extra-cell' as const), line: fc.nat(), text: junk }),
  fc.record({ kind: fc.constant('repeat-line' as const), line: fc.nat() }),
  fc.record({
    kind: fc.constant('set-cell' as const),
    line: fc.nat(),
    cell: fc.nat(),
    text: junk,
    expectation: fc.constant('any' as const),
  }),
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(), at: fc.nat(), text: junk }),
  fc.record({ kind: fc.constant('delete-lines' as const), line: fc.nat(), count: fc.nat() }),
);

/**
 * Files made from `lines` (a header and valid rows) by one change of {@link change} or `extra`,
 * written with any line end, with or without a byte-order mark and a last line end, as text or
 * as UTF-8 or Windows-1252 bytes.
 */
export function fileCases(
  lines: fc.Arbitrary<readonly string[]>,
  extra: (lines: readonly string[]) => fc.Arbitrary<Change> = () => change,
): fc.Arbitrary<FileCase> {
  return lines.chain((original) =>
    fc
      .record({
        change: fc.oneof(change, extra(original)),
        eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
        bom: fc.boolean(),
        finalEol: fc.boolean(),
        bytes: fc.constantFrom('none' as const, 'utf-8' as const, 'windows-1252' as const),
      })
      .map(({ change, ...format }) => ({ ...applyChange(original, change), ...format })),
  );
}

/** The text of a file case. */
export function textOf(file: FileCase): string {
  const body = file.lines.join(file.eol) + (file.finalEol ? file.eol : '');
  return (file.bom ? '\uFEFF' : '') + body;
}

/**
 * A file case as a parser is given it: its text, or its bytes. Windows-1252 needs every character
 * below U+0100 and must not be read back as UTF-8 (it then stays text).
 */
export function inputOf(file: FileCase): string | Uint8Array {
  const text = textOf(file);
  if (file.bytes === 'utf-8') return new TextEncoder().encode(text);
  if (file.bytes === 'windows-1252' && /^[\0-\xff]*$/.test(text) && /[\x80-\xff]/.test(text)) {
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
    const asUtf8 = (() => {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return undefined;
      }
    })();
    return asUtf8 === undefined ? bytes : text;
  }
  return text;
}

/**
 * Whether a file read by d3-dsv, a reader independent of the parsers, has a non-blank line whose
 * cell count differs from its header's: a file no parser may read without an error.
 */
export function isRagged(text: string): boolean {
  const rows = csvParseRows(text.replace(/^\uFEFF/, '')).filter((row) => !isBlank(row));
  return rows.some((row) => row.length !== rows[0]!.length);
}

/** Rows of a file as d3-dsv reads it, blank ones left out: the header first. */
export function rowsOf(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, '')).filter((row) => !isBlank(row));
}

export type { Change };

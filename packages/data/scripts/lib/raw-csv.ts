import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

/** Folder of the raw source files (`USMX_DATA_RAW_DIR` overrides it, for tests of bad input). */
export const rawDir = process.env.USMX_DATA_RAW_DIR ?? join(import.meta.dirname, '..', '..', 'raw');

/** A raw row the build cannot place: names the file, the line and the column. */
export class RawDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string,
    readonly value: string,
    readonly reason: string,
  ) {
    super(`${file}, line ${line}, column "${column}" (value "${value}"): ${reason}`);
    this.name = 'RawDataError';
  }
}

/** One data row of a raw CSV, with typed getters that throw {@link RawDataError}. */
export class RawRow {
  constructor(
    readonly file: string,
    /** 1-based line number in the file (the header is line 1). */
    readonly line: number,
    private readonly cells: Record<string, string | undefined>,
  ) {}

  fail(column: string, reason: string): never {
    throw new RawDataError(this.file, this.line, column, this.cells[column] ?? '', reason);
  }

  /** The cell as text; throws when the column is missing. */
  text(column: string): string {
    const value = this.cells[column];
    if (value === undefined) this.fail(column, 'column missing');
    return value;
  }

  /** The cell as text, or `undefined` when blank. */
  optionalText(column: string): string | undefined {
    const value = this.text(column).trim();
    return value === '' ? undefined : value;
  }

  /** A required non-negative whole number. */
  count(column: string): number {
    const value = this.optionalCount(column);
    if (value === undefined) this.fail(column, 'blank; a count is required');
    return value;
  }

  /** A non-negative whole number, or `undefined` when the cell is blank ("not reported"). */
  optionalCount(column: string): number | undefined {
    const text = this.optionalText(column);
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) this.fail(column, 'not a non-negative whole number');
    return Number(text);
  }

  /** A positive number (population), or `undefined` when blank. */
  optionalPositive(column: string): number | undefined {
    const text = this.optionalText(column);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) this.fail(column, 'not a positive number');
    return value;
  }

  /** A month 1-12 (accepts `01`). */
  month(column: string): number {
    const value = this.count(column);
    if (value < 1 || value > 12) this.fail(column, 'month must be 1-12');
    return value;
  }

  /** A year 1900-2100. */
  year(column: string): number {
    const value = this.count(column);
    if (value < 1900 || value > 2100) this.fail(column, 'year out of range 1900-2100');
    return value;
  }

  /** One of the allowed values. */
  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const value = this.text(column);
    if (!(allowed as readonly string[]).includes(value))
      this.fail(column, `expected one of ${allowed.join(', ')}`);
    return value as T;
  }
}

/** Path of a raw file relative to the package, as used in error messages and provenance. */
export function rawPath(file: string): string {
  return join('raw', file);
}

/** Reads a raw CSV (UTF-8, `,`); checks that every expected column is in the header. */
export function readRawCsv(file: string, columns: readonly string[]): RawRow[] {
  const text = readFileSync(join(rawDir, file), 'utf8').replace(/^\uFEFF/, '');
  const parsed = csvParse(text);
  const name = rawPath(file);
  for (const column of columns) {
    if (!parsed.columns.includes(column))
      throw new RawDataError(name, 1, column, '', 'column missing from the header');
  }
  return parsed.map((cells, index) => new RawRow(name, index + 2, cells));
}

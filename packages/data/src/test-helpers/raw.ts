import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

/** Rows of a raw CSV (test helper: reads the committed originals independently of the build). */
export function readRaw(file: string): Record<string, string>[] {
  return csvParse(readFileSync(join(import.meta.dirname, '..', '..', 'raw', file), 'utf8'));
}

/** Sum of `pick(row)` over rows. */
export function sum<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((total, row) => total + pick(row), 0);
}

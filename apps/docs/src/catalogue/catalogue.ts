import { sourceById, type Source } from '@usmx/data';

interface Sourced {
  sourceId?: string;
  sourceIds?: readonly string[];
  viaSourceId?: string;
}

/** Every source a table's rows cite (`sourceId`, `sourceIds`, `viaSourceId`), sorted by id. */
export function citedSourceIds(rows: readonly Sourced[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.sourceId) ids.add(row.sourceId);
    if (row.viaSourceId) ids.add(row.viaSourceId);
    for (const id of row.sourceIds ?? []) ids.add(id);
  }
  return [...ids].sort();
}

/** The full citations of `ids`; throws if one does not resolve (the catalogue never shows a bare id). */
export function citations(ids: readonly string[]): Source[] {
  return ids.map((id) => {
    const source = sourceById(id);
    if (!source) throw new Error(`sourceId ${id} does not resolve to a source`);
    return source;
  });
}

/** Smallest and largest value of a numeric field, for a "coverage" line. */
export function span<Row>(
  rows: readonly Row[],
  value: (row: Row) => number | undefined,
): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const row of rows) {
    const v = value(row);
    if (v === undefined) continue;
    from = Math.min(from, v);
    to = Math.max(to, v);
  }
  return from === Infinity ? null : { from, to };
}

/** Rows per distinct value of a field, most frequent first. */
export function countBy<Row>(
  rows: readonly Row[],
  key: (row: Row) => string,
): Array<{ value: string; rows: number }> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts]
    .map(([value, n]) => ({ value, rows: n }))
    .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value));
}

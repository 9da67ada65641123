/** Helpers for property tests. */

/** Every number inside `value` (objects and arrays, recursively), with its path. */
export function numbersIn(value: unknown, path = 'result'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  }
  return [];
}

/** Paths of the numbers in `value` that are NaN or infinite (empty when all are finite). */
export function nonFinitePaths(value: unknown): string[] {
  return numbersIn(value)
    .filter(([, n]) => !Number.isFinite(n))
    .map(([path, n]) => `${path} = ${n}`);
}

/** A copy of `items` in an order fixed by `seed` (Fisher-Yates with a small LCG). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Helpers for property tests. */
import fc from 'fast-check';
import { expect } from 'vitest';

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

/** How many random cases {@link forAllSeeded} tries. */
const RUNS = 200;

/**
 * Checks `predicate` on {@link RUNS} random cases, each a seed (for {@link shuffled}) followed by
 * one value of each of `arbitraries`, in order.
 */
export function forAllSeeded<Ts extends unknown[]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (seed: number, ...values: Ts) => void,
): void {
  fc.assert(
    fc.property(fc.tuple(...arbitraries), fc.integer(), (values, seed) =>
      predicate(seed, ...(values as Ts)),
    ),
    { numRuns: RUNS },
  );
}

/**
 * `compute(items)`, after checking that the same items in another order (fixed by `seed`) give an
 * equal result.
 */
export function sameInAnyOrder<T, R>(
  items: readonly T[],
  seed: number,
  compute: (items: readonly T[]) => R,
): R {
  const result = compute(items);
  expect(compute(shuffled(items, seed))).toEqual(result);
  return result;
}

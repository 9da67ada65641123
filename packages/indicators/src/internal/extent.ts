/**
 * The smallest and the largest of `values`, in one pass: `Math.min(...values)` passes every value
 * as an argument and throws a `RangeError` past some 100,000 of them. `undefined` when there are
 * none.
 */
export function extent(values: Iterable<number>): [min: number, max: number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : undefined;
}

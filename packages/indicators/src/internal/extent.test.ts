import { describe, expect, it } from 'vitest';
import { extent } from './extent.js';

describe('extent', () => {
  it('gives the smallest and largest value, and nothing for no values', () => {
    expect(extent([3, -1, 7, 7, 0])).toEqual([-1, 7]);
    expect(extent(new Set([5]))).toEqual([5, 5]);
    expect(extent([])).toBeUndefined();
  });

  it('takes more values than a function takes arguments', () => {
    // 0 to 999,999 out of order (7919 is prime to 1,000,000, so i * 7919 mod 1,000,000 takes
    // every value once): far more values than Math.min(...values) can take as arguments
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_000);
    expect(() => Math.min(...values)).toThrow(RangeError);
    expect(extent(values)).toEqual([0, 999_999]);
  });
});

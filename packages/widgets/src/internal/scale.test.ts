import { nice, ticks } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { bandScale, linearScale, logScale, logTicks, niceDomain, niceTicks } from './scale.js';

describe('linearScale', () => {
  it('maps domain ends onto range ends and interpolates between them', () => {
    const y = linearScale([0, 200], [300, 100]);
    expect(y(0)).toBe(300);
    expect(y(200)).toBe(100);
    expect(y(50)).toBe(250); // 300 - 50/200 * 200
  });
  it('maps a zero-width domain to the middle of the range', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('bandScale', () => {
  it('splits the range into equal steps with padding at both ends', () => {
    // 4 keys, padding 0.2: step = 100 / 4.2, first band starts at 0.2 * step
    const x = bandScale([2010, 2011, 2012, 2013], [0, 100], 0.2);
    const step = 100 / 4.2;
    expect(x.step).toBeCloseTo(step, 10);
    expect(x.bandwidth).toBeCloseTo(step * 0.8, 10);
    expect(x(2010)).toBeCloseTo(step * 0.2, 10);
    expect(x(2013) + x.bandwidth + step * 0.2).toBeCloseTo(100, 10);
  });
  it('returns NaN for a key outside the domain', () => {
    expect(bandScale(['a'], [0, 10])('b')).toBeNaN();
  });
});

describe('niceTicks and niceDomain', () => {
  it('list multiples of 1, 2 or 5 times a power of ten inside the interval', () => {
    // 27,213 / 5 = 5,443 per interval; 5.4 is past √10 (3.16) and below √50 (7.07): a step of 5,000
    expect(niceTicks(0, 27_213, 5)).toEqual([0, 5000, 10_000, 15_000, 20_000, 25_000]);
    // 0.6 / 3 = 0.2: a step of 0.2, written as i / 5 so 0.6 is exact
    expect(niceTicks(0.1, 0.7, 3)).toEqual([0.2, 0.4, 0.6]);
    // 100 / 10 = 10 exactly
    expect(niceTicks(0, 100, 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    // 1 / 5 = 0.2: 2 times 0.1, and 2 is past √2 (1.41), so a step of 0.2
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    // 16 / 5 = 3.2: just past √10 (3.16), so a step of 5, not 2
    expect(niceTicks(0, 16, 5)).toEqual([0, 5, 10, 15]);
    // 14.5 / 10 = 1.45: just past √2 (1.41), so a step of 2, not 1
    expect(niceTicks(0, 14.5, 10)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(niceTicks(0, 1, 0)).toEqual([]);
  });
  it('extend a domain to whole steps, and a flat series to a baseline', () => {
    expect(niceDomain(0, 27_213, 5)).toEqual([0, 30_000]);
    // 0.13 / 5 = 0.026: a step of 0.02 (written as 1/50), then [0, 0.14] gives 0.02 again: stop
    expect(niceDomain(0.01, 0.14, 5)).toEqual([0, 0.14]);
    // 1,996 / 10 ≈ 200: a step of 200, [1,800, 3,800]; then 2,000 / 10 = 200 again: stop
    expect(niceDomain(1804, 3800, 10)).toEqual([1800, 3800]);
    expect(niceDomain(12, 12)).toEqual([0, 12]);
    expect(niceDomain(-4, -4)).toEqual([-4, 0]);
    expect(niceDomain(0, 0)).toEqual([0, 1]);
  });
  it('give d3-array’s ticks and nice for random intervals (min below max) and counts', () => {
    // a fixed linear congruential sequence: the same 2,000 cases on every run
    let seed = 20_260_101;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    for (let i = 0; i < 2000; i++) {
      const scale = 10 ** Math.floor(random() * 12 - 6);
      const a = (random() - 0.3) * scale;
      const b = a + random() * scale;
      const count = Math.floor(random() * 12) + (random() < 0.1 ? 0.5 : 0);
      expect(niceTicks(a, b, count), `ticks(${a}, ${b}, ${count})`).toEqual(ticks(a, b, count));
      expect(niceDomain(a, b, count), `nice(${a}, ${b}, ${count})`).toEqual(nice(a, b, count));
    }
  });
});

describe('logScale', () => {
  it('gives equal distances to equal ratios', () => {
    const y = logScale([1, 1000], [300, 0]);
    expect(y(1)).toBe(300);
    expect(y(10)).toBeCloseTo(200, 10); // one decade of three
    expect(y(1000)).toBeCloseTo(0, 10);
  });
  it('ticks at 1, 2 and 5 times powers of ten', () => {
    expect(logTicks(2, 600)).toEqual([2, 5, 10, 20, 50, 100, 200, 500]);
    expect(logTicks(1, 10)).toEqual([1, 2, 5, 10]);
  });
});

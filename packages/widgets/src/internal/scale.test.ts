import { describe, expect, it } from 'vitest';
import {
  bandScale,
  linearScale,
  logScale,
  logTicks,
  niceDomain,
  niceTicks,
  tickStep,
} from './scale.js';

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

describe('ticks', () => {
  it('uses 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(0, 27_213, 5)).toBe(5000);
    expect(tickStep(0, 1, 5)).toBe(0.2);
    expect(tickStep(0, 100, 10)).toBe(10);
  });
  it('lists the multiples of the step inside the interval', () => {
    expect(niceTicks(0, 27_213, 5)).toEqual([0, 5000, 10_000, 15_000, 20_000, 25_000]);
    expect(niceTicks(0.1, 0.7, 3)).toEqual([0.2, 0.4, 0.6]);
  });
  it('extends a domain to whole steps and handles a flat series', () => {
    expect(niceDomain(0, 27_213, 5)).toEqual([0, 30_000]);
    expect(niceDomain(12, 12)).toEqual([0, 12]);
    expect(niceDomain(0, 0)).toEqual([0, 1]);
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

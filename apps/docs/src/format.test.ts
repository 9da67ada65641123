import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatPercentRange, formatPointsRange } from './format.js';

describe('number formats', () => {
  it('groups thousands and marks missing values', () => {
    expect(formatCount(27213)).toBe('27,213');
    expect(formatCount(null)).toBe('—');
  });

  it('signs changes and rounds to one decimal', () => {
    expect(formatChange((8705 / 6591 - 1) * 100)).toBe('+32.1%');
    expect(formatChange(-7.17)).toBe('-7.2%');
    expect(formatChange(0)).toBe('0.0%');
  });

  it('writes ranges of percents and of percentage points', () => {
    expect(formatPercentRange(90, 90)).toBe('90%');
    expect(formatPercentRange(14, 16)).toBe('14–16%');
    expect(formatPointsRange({ low: -5, high: -5 })).toBe('-5 pp');
    expect(formatPointsRange({ low: 9, high: 11 })).toBe('+9 to +11 pp');
    expect(formatPointsRange(null)).toBe('not reported');
  });
});

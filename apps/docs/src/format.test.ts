import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatInterval,
  formatPercentRange,
  formatPointsRange,
  formatProbability,
} from './format.js';

describe('number formats', () => {
  it('groups thousands and marks missing values', () => {
    expect(formatCount(27213)).toBe('27,213');
    expect(formatCount(null)).toBe('—');
  });

  it('writes an interval, or the reason there is none', () => {
    expect(formatInterval({ low: 25000.4, high: 31000 })).toBe('interval 25,000–31,000');
    expect(
      formatInterval({ low: null, high: null, reason: 'at least 4 earlier years are needed' }),
    ).toBe('no interval: at least 4 earlier years are needed');
    expect(formatInterval(null)).toBe('no projection');
  });

  it('writes a probability in percent, never 0% for a missing one', () => {
    expect(formatProbability({ probability: 0.375 })).toBe('37.5%');
    expect(formatProbability({ probability: 0 })).toBe('0.0%');
    expect(formatProbability({ probability: null, reason: 'no earlier year' })).toBe(
      'not estimated: no earlier year',
    );
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

import { describe, expect, it } from 'vitest';
import { formatYearMonth, monthIndex, monthOf, parseYearMonth, yearOf } from './periods.js';

describe('month indexes', () => {
  it('makes consecutive months consecutive integers across a year end', () => {
    // 2016-12 -> 2016 * 12 + 11 = 24203; 2017-01 -> 2017 * 12 + 0 = 24204
    expect(monthIndex(2016, 12)).toBe(24203);
    expect(monthIndex(2017, 1)).toBe(24204);
  });

  it('round-trips YYYY-MM', () => {
    const index = parseYearMonth('2017-04');
    expect(index).toBe(2017 * 12 + 3);
    expect(yearOf(index!)).toBe(2017);
    expect(monthOf(index!)).toBe(4);
    expect(formatYearMonth(index!)).toBe('2017-04');
  });

  it('rejects text that is not YYYY-MM', () => {
    for (const text of ['2017-4', '2017-13', '2017-00', '2017', '17-04', '2017-04-01']) {
      expect(parseYearMonth(text)).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { decimalYear } from './decimal-year.js';

describe('decimalYear', () => {
  it('places dated events within their year', () => {
    expect(decimalYear('1989')).toBe(1989.5);
    expect(decimalYear('2003-03')).toBeCloseTo(2003 + 2 / 12 + 14 / 365, 10);
    expect(decimalYear('2014-02-22')).toBeCloseTo(2014 + 1 / 12 + 21 / 365, 10);
  });

  it('keeps dates in order', () => {
    const dates = ['2010', '2010-01-01', '2010-06', '2010-12-31', '2011-01-01'];
    const years = dates.map(decimalYear);
    expect(years.slice(1)).toEqual([...years.slice(1)].sort((a, b) => a - b));
    expect(years.every((year, i) => Math.floor(year) === Number(dates[i]!.slice(0, 4)))).toBe(true);
  });
});

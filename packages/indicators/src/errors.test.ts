import { describe, expect, it } from 'vitest';
import { IndicatorInputError } from './errors.js';

describe('IndicatorInputError', () => {
  it('lists each field, value and reason in its message', () => {
    const error = new IndicatorInputError('homicideTrend', [
      { field: 'asOf', value: '2017-13', reason: 'expected YYYY-MM' },
      { field: 'observations[2].count', value: -1, reason: 'count must not be negative' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IndicatorInputError');
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain('2 issues');
    expect(error.message).toContain('asOf = "2017-13": expected YYYY-MM');
    expect(error.message).toContain('observations[2].count = -1: count must not be negative');
  });

  it('keeps every issue but spells out only the first ten in the message', () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({
      field: `f${i}`,
      value: i,
      reason: 'bad',
    }));
    const error = new IndicatorInputError('x', issues);
    expect(error.issues).toHaveLength(12);
    expect(error.message).toContain('...and 2 more');
    expect(error.message).not.toContain('f11 =');
  });
});

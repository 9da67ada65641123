// The method page's example of a year filling up. Expected values: issue 17's figures for Chihuahua
// (2,024 victims in 2024; record 2,689 in 2020) and the rule that a complete year is certain.
import { describe, expect, it } from 'vitest';
import { fillingYearExample } from './homicide-trend.js';

describe('the method page: the probability as the year fills up', () => {
  const example = fillingYearExample();

  it('ends at 0 in December: 2,024 victims against the 2020 record of 2,689', () => {
    const december = example.months.at(-1)!;
    expect(december.ytd).toBe(2024);
    expect(example.record).toEqual({ year: 2020, value: 2689, since: 2015 });
    expect(december.exceedsRecord).toMatchObject({ probability: 0, monthsLeft: 0 });
  });

  it('stays strictly between 0 and 1 while months are left and the record stands', () => {
    for (const month of example.months.slice(0, 11)) {
      const probability = month.exceedsRecord!.probability!;
      expect(probability).toBeGreaterThan(0);
      expect(probability).toBeLessThan(1);
    }
  });
});

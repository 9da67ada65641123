import { describe, expect, it } from 'vitest';
import { pathText } from './issues.js';
import { yearRangeIssues } from './years.js';

/** Each issue as `path code`, to compare in one line. */
const found = (issues: ReturnType<typeof yearRangeIssues>) =>
  issues.map((issue) => `${pathText(issue.path)} ${issue.code}`);

describe('yearRangeIssues', () => {
  it('accepts whole years of the dataset (1900-2100) in order, one year, and open ends', () => {
    expect(yearRangeIssues({ from: 1900, to: 2100 })).toEqual([]);
    expect(yearRangeIssues({ from: 2017, to: 2017 })).toEqual([]);
    expect(yearRangeIssues({ from: 2000 })).toEqual([]);
    expect(yearRangeIssues({ to: 2000 })).toEqual([]);
    expect(yearRangeIssues({})).toEqual([]);
  });

  it('names each end that is not a whole year from 1900 to 2100, with the bounds', () => {
    // one past each bound, a fraction, and what Number() makes of text that is no number
    const issues = yearRangeIssues({ from: 1899, to: 2017.5 });
    expect(found(issues)).toEqual(['from not-whole-in-range', 'to not-whole-in-range']);
    expect(issues[0]).toMatchObject({
      value: 1899,
      params: { min: 1900, max: 2100, unit: 'year' },
      reason: 'expected a whole year from 1900 to 2100',
    });
    expect(found(yearRangeIssues({ from: Number('20x0'), to: 2101 }))).toEqual([
      'from not-whole-in-range',
      'to not-whole-in-range',
    ]);
  });

  it('names to when it comes before from, giving from to the words', () => {
    const [issue, ...others] = yearRangeIssues({ from: 2011, to: 2010 });
    expect(others).toEqual([]);
    expect(issue).toMatchObject({
      code: 'before-from',
      path: ['to'],
      value: 2010,
      params: { from: 2011 },
      reason: 'must not be before from (2011)',
    });
  });

  it('compares the ends only when both are years: a bad end is named once', () => {
    expect(found(yearRangeIssues({ from: 2200, to: 2010 }))).toEqual(['from not-whole-in-range']);
  });
});

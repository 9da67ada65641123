import { describe, expect, it } from 'vitest';
import { isIndicatorInputError } from './error-brand.js';
import { IndicatorInputError } from './errors.js';
import { inputIssue, issueReason, pathText, valueAt } from './issues.js';

describe('IndicatorInputError', () => {
  it('lists each path, value and reason in its message', () => {
    const error = new IndicatorInputError('homicideTrend', [
      inputIssue('not-year-month', ['asOf'], '2017-13', {}),
      inputIssue('not-whole-in-range', ['observations', 2, 'month'], 13, {
        min: 1,
        max: 12,
        unit: 'months',
      }),
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain('2 issues');
    expect(error.message).toContain('asOf = "2017-13": expected the last month to use, as YYYY-MM');
    expect(error.message).toContain(
      'observations[2].month = 13: expected a whole number of months from 1 to 12',
    );
  });

  it('keeps every issue but spells out only the first ten in the message', () => {
    const issues = Array.from({ length: 12 }, (_, i) => inputIssue('not-text', [`f${i}`], i, {}));
    const error = new IndicatorInputError('x', issues);
    expect(error.issues).toHaveLength(12);
    expect(error.message).toContain('...and 2 more');
    expect(error.message).not.toContain('f11 =');
  });

  it.each([
    [
      'one made here',
      new IndicatorInputError('x', [inputIssue('no-rows', ['rows'], [], {})]),
      true,
    ],
    [
      "another copy's: the same brand on another class",
      Object.assign(new Error('x'), { [Symbol.for('@usmx/indicators/IndicatorInputError')]: true }),
      true,
    ],
    [
      'an error with the name alone',
      Object.assign(new Error('x'), { name: 'IndicatorInputError', issues: [] }),
      false,
    ],
    ['undefined', undefined, false],
    ['null', null, false],
    ['its name as text', 'IndicatorInputError', false],
    ['a number', 5, false],
    ['an empty object', {}, false],
  ])('the guard, also across copies of the package, on %s: %s', (_, candidate, expected) => {
    expect(isIndicatorInputError(candidate)).toBe(expected);
  });
});

describe('coded issues', () => {
  it('give a path as an array and word it as people write it', () => {
    expect(pathText(['observations', 3, 'count'])).toBe('observations[3].count');
    expect(pathText(['claim', 'test', 'refYear'])).toBe('claim.test.refYear');
    expect(pathText(['asOf'])).toBe('asOf');
    expect(pathText([])).toBe('');
  });

  it.each([
    // each expected value is read off the input by eye
    ['a nested number', { observations: [{ count: 5 }] }, ['observations', 0, 'count'], 5],
    ['the root itself, for an empty path', 'row', [], 'row'],
    ['a key that is absent', { asOf: '2017-04' }, ['region'], undefined],
    ['nothing below null', { observations: null }, ['observations', 0], undefined],
    ['nothing below a number', { count: 5 }, ['count', 'low'], undefined],
    ['nothing inside a missing input', undefined, ['asOf'], undefined],
  ] as const)('find the value a path points to: %s', (_, root, path, expected) => {
    expect(valueAt(root, path)).toBe(expected);
  });

  it('make the English words from the code and its params, in one place', () => {
    const issue = inputIssue('unknown-region', ['region'], 'MX-XXX', {
      series: 's',
      present: ['MX', 'MX-CHH'],
    });
    expect(issue).toMatchObject({ code: 'unknown-region', path: ['region'], value: 'MX-XXX' });
    expect(issue.reason).toBe(issueReason('unknown-region', issue.params));
    expect(issue.reason).toBe('no rows for this region in s; regions present: MX, MX-CHH');
  });

  it('name at most 12 items of a long list, with their number', () => {
    const present = Array.from({ length: 15 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const reason = issueReason('unknown-series', { present });
    expect(reason).toContain('s11, ... (15 in all)');
    expect(reason).not.toContain('s12');
  });
});

import { describe, expect, it } from 'vitest';
import {
  fileIssue,
  isDataValidationError,
  validationReason,
  type ValidationCode,
  type ValidationProblem,
} from './errors.js';
import { validationErrorOf } from '../test-helpers/validation.js';
import { parseLongCsv } from './long.js';

const options = { seriesId: 's', sourceId: 'S', vintage: '2020-01-01' };

describe('file issues', () => {
  it('give their place as a path, a row and a column that agree', () => {
    const issue = fileIssue(4, 'count', '-1', { code: 'count-negative', params: {} });
    expect(issue).toMatchObject({ path: [4, 'count'], row: 4, column: 'count', value: '-1' });
    expect(issue.reason).toBe(validationReason(issue));
  });

  it('word every code in English, with its params', () => {
    const problems: { [C in ValidationCode]: Extract<ValidationProblem, { code: C }> } = {
      'empty-file': { code: 'empty-file', params: {} },
      'no-data-rows': { code: 'no-data-rows', params: {} },
      'missing-column': { code: 'missing-column', params: {} },
      'unknown-crime': { code: 'unknown-crime', params: { layout: 'L', crime: 'kidnapping' } },
      'no-crime-rows': { code: 'no-crime-rows', params: { crimes: ['Homicidio', 'Feminicidio'] } },
      'unknown-region': { code: 'unknown-region', params: {} },
      'unknown-state': { code: 'unknown-state', params: {} },
      'year-format': { code: 'year-format', params: {} },
      'year-range': { code: 'year-range', params: {} },
      'month-range': { code: 'month-range', params: {} },
      'count-negative': { code: 'count-negative', params: {} },
      'count-format': { code: 'count-format', params: {} },
      'count-too-large': { code: 'count-too-large', params: {} },
      'duplicate-row': { code: 'duplicate-row', params: { firstRow: 7 } },
      'cell-count': { code: 'cell-count', params: { found: 20, expected: 19 } },
      'unclosed-quote': { code: 'unclosed-quote', params: {} },
      'state-name': { code: 'state-name', params: { code: '8', state: 'Chihuahua' } },
      'not-text': { code: 'not-text', params: {} },
      'not-options': { code: 'not-options', params: {} },
      'option-not-text': { code: 'option-not-text', params: {} },
      'option-not-date': { code: 'option-not-date', params: {} },
      'option-not-one-of': { code: 'option-not-one-of', params: { allowed: ['a', 'b'] } },
      'text-after-quote': { code: 'text-after-quote', params: {} },
    };
    const reasons = Object.values(problems).map(validationReason);
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(validationReason(problems['unknown-crime'])).toContain('kidnapping');
    expect(validationReason(problems['no-crime-rows'])).toContain('Homicidio or Feminicidio');
    expect(validationReason(problems['duplicate-row'])).toContain('row 7');
    expect(validationReason(problems['cell-count'])).toContain('thousands separator');
    expect(validationReason({ code: 'cell-count', params: { found: 3, expected: 19 } })).toBe(
      '3 cells where the header has 19: the row is cut short',
    );
    expect(validationReason(problems['state-name'])).toContain('Chihuahua');
    expect(validationReason(problems['option-not-one-of'])).toBe('expected one of: a, b');
  });
});

describe('isDataValidationError', () => {
  it('knows the error a parser throws, also from another copy of the package, not by its name', () => {
    expect(isDataValidationError(validationErrorOf(() => parseLongCsv('', options)))).toBe(true);
    const copy = Object.assign(new Error('x'), {
      [Symbol.for('@usmx/data/DataValidationError')]: true,
    });
    expect(isDataValidationError(copy)).toBe(true);
    const named = Object.assign(new Error('x'), { name: 'DataValidationError', issues: [] });
    expect(isDataValidationError(named)).toBe(false);
    for (const other of [undefined, null, 'DataValidationError', 0]) {
      expect(isDataValidationError(other)).toBe(false);
    }
  });
});

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
    };
    const reasons = Object.values(problems).map(validationReason);
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(validationReason(problems['unknown-crime'])).toContain('kidnapping');
    expect(validationReason(problems['no-crime-rows'])).toContain('Homicidio or Feminicidio');
    expect(validationReason(problems['duplicate-row'])).toContain('row 7');
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

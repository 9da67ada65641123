import { describe, expect, it } from 'vitest';
import { WidgetError, invalidAttribute, toWidgetError } from './errors.js';

describe('toWidgetError', () => {
  it('keeps a WidgetError as it is', () => {
    const error = invalidAttribute('measure', 'deaths', 'expected count or rate');
    expect(toWidgetError(error)).toBe(error);
    expect(error.issues).toEqual([
      { column: 'measure', value: 'deaths', reason: 'expected count or rate' },
    ]);
  });

  it('lists every issue of a validation error, whatever it calls the field', () => {
    const dataError = Object.assign(new Error('2 bad rows'), {
      name: 'DataValidationError',
      issues: [
        { row: 3, column: 'count', value: -1, reason: 'count must not be negative' },
        { field: 'asOf', value: '2030-01', reason: 'outside the data' },
      ],
    });
    const error = toWidgetError(dataError);
    expect(error.code).toBe('invalid-data');
    expect(error.message).toBe('2 bad rows');
    expect(error.issues).toEqual([
      { row: 3, column: 'count', value: -1, reason: 'count must not be negative' },
      { column: 'asOf', value: '2030-01', reason: 'outside the data' },
    ]);
  });

  it('wraps anything else with its message', () => {
    const error = toWidgetError(new TypeError('Failed to fetch'));
    expect(error).toBeInstanceOf(WidgetError);
    expect(error.code).toBe('failed');
    expect(error.message).toBe('Failed to fetch');
    expect(toWidgetError('plain').message).toBe('plain');
  });
});

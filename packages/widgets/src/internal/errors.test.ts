import { describe, expect, it } from 'vitest';
import { WidgetError, invalidAttribute, invalidAttributes, toWidgetError } from './errors.js';

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
    // the error's own message lists the issues again: the widget lists them once, below a count
    expect(error.message).toBe('2 problems in the input');
    expect(toWidgetError(dataError, 'es').message).toBe('2 problemas en los datos de entrada');
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

describe('invalid attributes', () => {
  it('names the attribute in the widget’s language, English by default', () => {
    expect(invalidAttribute('measure', 'deaths', 'expected count or rate').message).toBe(
      'Invalid attribute "measure"',
    );
    const spanish = invalidAttribute('measure', 'deaths', 'se esperaba count o rate', 'es');
    expect(spanish.code).toBe('invalid-attribute');
    expect(spanish.message).toBe('Atributo "measure" no válido');
    expect(spanish.issues).toEqual([
      { column: 'measure', value: 'deaths', reason: 'se esperaba count o rate' },
    ]);
  });

  it('counts the bad attributes in the widget’s language', () => {
    const one = [{ column: 'from', value: 'x', reason: 'r' }];
    const three = [...one, ...one, ...one];
    expect(invalidAttributes(one, 'en').message).toBe('Invalid attribute');
    expect(invalidAttributes(three, 'en').message).toBe('3 invalid attributes');
    expect(invalidAttributes(one, 'es').message).toBe('Atributo no válido');
    expect(invalidAttributes(three, 'es').message).toBe('3 atributos no válidos');
    expect(invalidAttributes(three, 'es').issues).toBe(three);
  });

  it('words an issue that gives no reason in the widget’s language', () => {
    const indicatorError = Object.assign(new Error('bad options'), {
      name: 'IndicatorInputError',
      issues: [{ field: 'asOf', value: '2030-01' }],
    });
    expect(toWidgetError(indicatorError).issues[0]?.reason).toBe('invalid');
    expect(toWidgetError(indicatorError, 'es').issues[0]?.reason).toBe('no válido');
    expect(toWidgetError(indicatorError, 'es').message).toBe('1 problema en los datos de entrada');
  });

  it('keeps the message of an error with an empty list of issues', () => {
    const error = Object.assign(new Error('nothing listed'), { issues: [] });
    expect(toWidgetError(error, 'es').message).toBe('nothing listed');
  });
});

import { corridorObservationSchema } from '@usmx/data/schemas';
import { describe, expect, it } from 'vitest';
import { issueWords } from './issue-words.js';

describe('issueWords', () => {
  const en = issueWords('en');
  const es = issueWords('es');

  it('names the expected and the received type', () => {
    const issue = { code: 'invalid_type', expected: 'number', input: '2020' };
    expect(en(issue)).toBe('expected number, got string');
    expect(es(issue)).toBe('se esperaba número, se recibió texto');
    expect(es({ code: 'invalid_type', expected: 'string', input: null })).toBe(
      'se esperaba texto, se recibió nulo',
    );
    expect(en({ code: 'invalid_type', expected: 'number', input: undefined })).toBe(
      'expected number, got nothing',
    );
    expect(en({ code: 'invalid_type', expected: 'object', input: [1] })).toBe(
      'expected object, got array',
    );
  });

  it('lists the accepted values', () => {
    expect(en({ code: 'invalid_value', values: ['national'] })).toBe('expected "national"');
    expect(es({ code: 'invalid_value', values: ['a', 'b'] })).toBe('se esperaba uno de "a", "b"');
  });

  it('states a bound as a comparison, or as a length for text and lists', () => {
    expect(en({ code: 'too_small', origin: 'number', minimum: 0, inclusive: true })).toBe(
      'must be >= 0',
    );
    expect(es({ code: 'too_big', origin: 'number', maximum: 100, inclusive: false })).toBe(
      'debe ser < 100',
    );
    expect(en({ code: 'too_small', origin: 'string', minimum: 1 })).toBe(
      'must have at least 1 character',
    );
    expect(es({ code: 'too_small', origin: 'string', minimum: 1 })).toBe(
      'debe tener al menos 1 carácter',
    );
    expect(en({ code: 'too_small', origin: 'string', minimum: 4 })).toBe(
      'must have at least 4 characters',
    );
    expect(es({ code: 'too_big', origin: 'array', maximum: 3 })).toBe(
      'debe tener como máximo 3 elementos',
    );
  });

  it('words formats, unknown keys and anything else', () => {
    expect(es({ code: 'invalid_format', format: 'regex', pattern: '/^\\d{4}$/' })).toBe(
      'debe seguir el patrón /^\\d{4}$/',
    );
    expect(en({ code: 'unrecognized_keys', keys: ['x', 'y'] })).toBe('unknown keys: x, y');
    expect(es({ code: 'unrecognized_keys', keys: ['x'] })).toBe('clave desconocida: x');
    expect(en({ code: 'custom' })).toBe('invalid value');
    expect(es({ code: 'invalid_format', format: 'date' })).toBe(
      'se esperaba el formato fecha (AAAA-MM-DD)',
    );
    expect(en({ code: 'invalid_format', format: 'date' })).toBe('expected the date format');
  });

  it('is what zod says for a schema of @usmx/data with no message of its own', () => {
    const result = corridorObservationSchema.safeParse(
      { refYear: '2010' },
      { error: issueWords('es') },
    );
    expect(result.success).toBe(false);
    const byPath = new Map(
      result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(byPath.get('refYear')).toBe('se esperaba número, se recibió texto');
    expect(byPath.get('id')).toBe('se esperaba texto, se recibió nada');
  });
});

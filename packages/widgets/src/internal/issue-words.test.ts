import { claimById } from '@usmx/data/claims';
import {
  claimSchema,
  corridorObservationSchema,
  homicideObservationSchema,
  sourceSchema,
} from '@usmx/data/schemas';
import { describe, expect, it } from 'vitest';
import { en as english } from '../locales/en.issues.js';
import { es as spanish } from '../locales/es.issues.js';
import { issueWords, schemaIssues } from './issue-words.js';
import type { RowSchema } from './user-rows.js';

const fixtures = new URL('/test/fixtures/', location.origin);
/** corridor-invalid.json: row 1 is valid. */
const corridorInvalid = (await (
  await fetch(new URL('corridor-invalid.json', fixtures))
).json()) as unknown[];

describe('issueWords', () => {
  const en = issueWords(english.schema);
  const es = issueWords(spanish.schema);

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
      { error: issueWords(spanish.schema) },
    );
    expect(result.success).toBe(false);
    const byPath = new Map(
      result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(byPath.get('refYear')).toBe('se esperaba número, se recibió texto');
    expect(byPath.get('id')).toBe('se esperaba texto, se recibió nada');
  });
});

describe('schemaIssues in Spanish', () => {
  const ytd = claimById('homicides-ytd-2017')!;
  /** A valid row of each schema of the dataset, and the schema. */
  const valid = {
    homicide: {
      schema: homicideObservationSchema,
      row: {
        seriesId: 's',
        region: 'MX',
        year: 2017,
        month: 1,
        count: 5,
        sourceId: 'S',
        vintage: '2017-05-20',
      },
    },
    corridor: { schema: corridorObservationSchema, row: corridorInvalid[0] as object },
    source: { schema: sourceSchema, row: { id: 'S', title: 'T', publisher: 'P', license: 'open' } },
    claim: { schema: claimSchema, row: ytd },
  } satisfies Record<string, { schema: RowSchema<unknown>; row: object }>;

  // each check of the dataset schemas that has an English message of its own, and its Spanish
  it.each([
    ['homicide', { count: -1 }, 'count', 'el conteo no puede ser negativo'],
    ['homicide', { count: 1.5 }, 'count', 'el conteo debe ser un número entero'],
    ['homicide', { month: 13 }, 'month', 'el mes debe estar entre 1 y 12'],
    ['homicide', { month: 1.5 }, 'month', 'el mes debe ser un número entero'],
    ['homicide', { year: 2017.5 }, 'year', 'el año debe ser un número entero'],
    [
      'homicide',
      { region: 'Chihuahua' },
      'region',
      'se esperaba MX o un código ISO 3166-2 como MX-CHH',
    ],
    ['homicide', { vintage: 'May 2017' }, 'vintage', 'se esperaba AAAA, AAAA-MM o AAAA-MM-DD'],
    ['homicide', { sourceId: '' }, 'sourceId', 'sourceId no puede estar vacío'],
    ['corridor', { pctLow: -1 }, 'pctLow', 'el porcentaje debe ser >= 0'],
    ['corridor', { pctHigh: 140 }, 'pctHigh', 'el porcentaje debe ser <= 100'],
    ['source', { url: 'ftp://example.org' }, 'url', 'la URL debe ser http(s)'],
    ['claim', { id: 'My Claim' }, 'id', 'se esperaban minúsculas, dígitos y -'],
    ['claim', { test: { ...ytd.test, asOf: 'April 2017' } }, 'test.asOf', 'se esperaba AAAA-MM'],
    [
      'claim',
      { test: { ...ytd.test, tolerancePp: -1 } },
      'test.tolerancePp',
      'no puede ser negativo',
    ],
    [
      'claim',
      { test: { ...ytd.test, claimed: { low: 26, high: 25 } } },
      'test.claimed.low',
      'low no puede ser mayor que high',
    ],
    [
      'claim',
      { language: 'es' },
      'wordingEn',
      'una afirmación que no está en inglés necesita una versión en inglés',
    ],
  ] as const)('translates the message of a %s with %o (%s)', (kind, change, column, expected) => {
    const { schema, row } = valid[kind];
    const [issue] = schemaIssues({ ...row, ...change }, schema, spanish.schema);
    expect(issue?.column).toBe(column);
    expect(issue?.reason).toBe(expected);
  });
});

import { corridorObservationSchema, organizationSchema } from '@usmx/data/schemas';
import { isCorridorObservation } from '@usmx/indicators/corridor-share';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WidgetError } from './errors.js';
import { checkRows, readJsonRows, validateRows, type RowSchema } from './user-rows.js';
import { loadWords } from '../locales/words.js';

// a widget loads its Spanish words before it speaks Spanish; these tests start from there
beforeAll(() => loadWords('es'));

const fixtures = new URL('/test/fixtures/', location.origin);
/** corridor-invalid.json: row 2 gives a share of 140%, row 3 its year as text. */
const invalidRows: unknown = await (await fetch(new URL('corridor-invalid.json', fixtures))).json();

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('accepted');
    },
    (error: unknown) => error as WidgetError,
  );

/** Rejects `rows` in English and in Spanish, and checks no Spanish reason is the English one. */
async function expectNoEnglish<T>(rows: unknown[], schema: RowSchema<T>): Promise<void> {
  const en = await rejection(validateRows(rows, schema, 'data', 'en'));
  const es = await rejection(validateRows(rows, schema, 'data', 'es'));
  expect(es.issues.length).toBeGreaterThan(0);
  expect(es.issues.map((issue) => issue.column)).toEqual(en.issues.map((issue) => issue.column));
  es.issues.forEach((issue, i) => expect(issue.reason).not.toBe(en.issues[i]?.reason));
}

describe('validateRows', () => {
  it.each([
    {
      lang: 'en' as const,
      message: 'data: 2 invalid values',
      issues: [
        { row: 2, column: 'pctHigh', value: 140, reason: 'percent must be <= 100' },
        // a wrong type, worded by issueWords: zod/mini alone says only "Invalid input"
        { row: 3, column: 'refYear', value: '2020', reason: 'expected number, got string' },
      ],
    },
    {
      lang: 'es' as const,
      message: 'data: 2 valores no válidos',
      issues: [
        // the schema's own message, translated
        { row: 2, column: 'pctHigh', value: 140, reason: 'el porcentaje debe ser <= 100' },
        // a number was expected, text was given
        {
          row: 3,
          column: 'refYear',
          value: '2020',
          reason: 'se esperaba número, se recibió texto',
        },
      ],
    },
  ])(
    'lists each bad field ($lang), the schema’s own messages too',
    async ({ lang, message, issues }) => {
      const error = await rejection(
        validateRows(invalidRows, corridorObservationSchema, 'data', lang),
      );
      expect(error.code).toBe('invalid-data');
      expect(error.message).toBe(message);
      expect(error.issues).toEqual(issues);
    },
  );

  it('names a field given as text where the dataset gives { en, es }', async () => {
    const [row] = invalidRows as Record<string, unknown>[];
    const error = await rejection(
      validateRows(
        [{ ...row, measure: 'share of cocaine entering US' }],
        corridorObservationSchema,
        'data',
        'en',
      ),
    );
    expect(error.issues).toEqual([
      {
        row: 1,
        column: 'measure',
        value: 'share of cocaine entering US',
        reason: 'expected object, got string',
      },
    ]);
  });

  it('leaves no English words in a Spanish error, for checks with a message of their own or none', async () => {
    // a wrong id (a pattern with no message), the missing fields, a bad year (a message of its own)
    await expectNoEnglish(
      [{ id: 'lower case', name: { en: 'X' }, yearFounded: 1.5 }],
      organizationSchema,
    );
  });

  it('words in Spanish a check whose own English message it has no translation for', async () => {
    // a schema of the reader's own, in the shape zod reports a failed check with a custom message
    const schema: RowSchema<unknown> = {
      safeParse: () => ({
        success: false,
        error: {
          issues: [
            {
              code: 'too_small',
              origin: 'number',
              minimum: 0,
              inclusive: true,
              path: ['share'],
              message: 'share must be positive',
            },
          ],
        },
      }),
    };
    const es = await rejection(validateRows([{ share: -2 }], schema, 'data', 'es'));
    expect(es.issues).toEqual([{ row: 1, column: 'share', value: -2, reason: 'debe ser >= 0' }]);
    const en = await rejection(validateRows([{ share: -2 }], schema, 'data', 'en'));
    expect(en.issues[0]?.reason).toBe('share must be positive');
  });

  it('names no field for a row that is not an object', async () => {
    const error = await rejection(validateRows([null], corridorObservationSchema, 'data', 'es'));
    expect(error.issues).toEqual([
      { row: 1, value: null, reason: 'se esperaba objeto, se recibió nulo' },
    ]);
  });

  it('says in the widget’s language that rows must be an array', async () => {
    const en = await rejection(validateRows({}, corridorObservationSchema, 'data', 'en'));
    const es = await rejection(validateRows({}, corridorObservationSchema, 'data', 'es'));
    expect([en.code, es.code]).toEqual(['invalid-data', 'invalid-data']);
    expect(en.message).toBe('data: expected an array of rows');
    expect(es.message).toBe('data: se esperaba un arreglo de filas');
    expect(es.issues).toEqual([
      { column: 'data', value: 'object', reason: 'se esperaba un arreglo JSON de filas' },
    ]);
  });

  it('reports no rows as empty in the widget’s language', async () => {
    const en = await rejection(validateRows([], corridorObservationSchema, 'x.json', 'en'));
    const es = await rejection(validateRows([], corridorObservationSchema, 'x.json', 'es'));
    expect([en.code, es.code]).toEqual(['empty', 'empty']);
    expect(en.message).toBe('x.json: no rows');
    expect(es.message).toBe('x.json: no hay filas');
  });
});

describe('readJsonRows', () => {
  it('refuses a file that is not JSON, in the widget’s language', async () => {
    const src = new URL('homicides-long.csv', fixtures).href;
    const check = {
      isRow: isCorridorObservation,
      loadSchema: async () => corridorObservationSchema,
    };
    const en = await rejection(readJsonRows({ src }, check, 'en'));
    const es = await rejection(readJsonRows({ src }, check, 'es'));
    expect([en.code, es.code]).toEqual(['invalid-data', 'invalid-data']);
    expect(en.message).toBe(`${src} is not JSON`);
    expect(en.issues[0]?.reason).toBe('this widget reads a JSON array of rows');
    expect(es.message).toBe(`${src} no es JSON`);
    expect(es.issues[0]?.reason).toBe('este widget lee un arreglo JSON de filas');
  });
});

describe('checkRows', () => {
  /** The corridor check, counting how often it loads the schema. */
  function corridorCheck() {
    const check = {
      loads: 0,
      isRow: isCorridorObservation,
      loadSchema: async () => {
        check.loads += 1;
        return corridorObservationSchema;
      },
    };
    return check;
  }

  it('returns rows its guard accepts as they are, without loading the schema', async () => {
    const { corridorObservations } = await import('@usmx/data/corridor');
    const rows = corridorObservations.slice(0, 3);
    const check = corridorCheck();
    expect(await checkRows(rows, check, 'data', 'en')).toBe(rows);
    expect(check.loads).toBe(0);
  });

  it('loads the schema to list what is wrong with the rows its guard rejects, as validateRows does', async () => {
    const check = corridorCheck();
    const error = await rejection(checkRows(invalidRows, check, 'data', 'en'));
    expect(check.loads).toBe(1);
    expect(error).toEqual(
      await rejection(validateRows(invalidRows, corridorObservationSchema, 'data', 'en')),
    );
  });

  it('refuses what is not a non-empty array without loading the schema', async () => {
    const check = corridorCheck();
    expect((await rejection(checkRows({}, check, 'data', 'en'))).message).toBe(
      'data: expected an array of rows',
    );
    expect((await rejection(checkRows([], check, 'data', 'en'))).code).toBe('empty');
    expect(check.loads).toBe(0);
  });
});

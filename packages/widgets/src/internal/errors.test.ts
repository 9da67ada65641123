import { beforeAll, describe, expect, it } from 'vitest';
import { IndicatorInputError, type IndicatorInputIssue } from '@usmx/indicators';
import { splinterCount } from '@usmx/indicators/splinter-count';
import {
  WidgetError,
  invalidAttribute,
  invalidAttributes,
  invalidData,
  toWidgetError,
  userDataError,
} from './errors.js';
import { loadWords } from '../locales/words.js';

// a widget loads its Spanish words before it speaks Spanish; these tests start from there
beforeAll(() => loadWords('es'));

describe('toWidgetError', () => {
  it('keeps a WidgetError as it is', () => {
    const error = invalidAttribute('measure', 'deaths', 'expected count or rate');
    expect(toWidgetError(error)).toBe(error);
    expect(error.issues).toEqual([
      { column: 'measure', value: 'deaths', reason: 'expected count or rate' },
    ]);
  });

  it('lists every issue of an error that has them, whether it gives a column or a path', () => {
    const indicatorError = Object.assign(new Error('2 bad rows'), {
      name: 'IndicatorInputError',
      issues: [
        { row: 3, column: 'count', value: -1, reason: 'count must not be negative' },
        { path: ['asOf'], value: '2030-01', reason: 'outside the data' },
      ],
    });
    const error = toWidgetError(indicatorError);
    expect(error.code).toBe('failed');
    // the error's own message lists the issues again: the widget lists them once, below a count
    expect(error.message).toBe('2 problems in the input');
    expect(toWidgetError(indicatorError, 'es').message).toBe('2 problemas en los datos de entrada');
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
      issues: [{ path: ['asOf'], value: '2030-01' }],
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

describe('userDataError', () => {
  /** An indicator's rejection of `issues`, as `@usmx/indicators` throws it. */
  const rejection = (issues: readonly Record<string, unknown>[]) =>
    new IndicatorInputError('splinterCount', issues as unknown as IndicatorInputIssue[]);
  const repeated = {
    code: 'repeated-id',
    path: ['organizations', 4, 'id'],
    params: { firstIndex: 0 },
    value: 'ALPHA',
    reason: 'repeats the id of row 0',
  };

  it('places each issue at its 1-based row and column, worded in Spanish', async () => {
    const error = (await userDataError(rejection([repeated]), 'orgs.json', 'es')) as WidgetError;
    expect(error).toBeInstanceOf(WidgetError);
    expect(error.code).toBe('invalid-data');
    expect(error.message).toBe('orgs.json: 1 valor no válido');
    expect(error.issues).toEqual([
      {
        code: 'repeated-id',
        row: 5,
        column: 'id',
        value: 'ALPHA',
        reason: 'repite el id de la fila 1',
      },
    ]);
  });

  it('counts rows from 1 in English too, where the indicator counts from 0', async () => {
    const error = (await userDataError(rejection([repeated]), 'data', 'en')) as WidgetError;
    expect(error.message).toBe('data: 1 invalid value');
    expect(error.issues[0]?.reason).toBe('repeats the id of row 1');
  });

  it('keeps the argument of an issue about no single row', async () => {
    const cycle = {
      code: 'lineage-cycle',
      path: ['organizations'],
      params: { through: 'ALPHA' },
      value: ['ALPHA', 'BETA'],
      reason: 'the first parents form a cycle through ALPHA',
    };
    const error = (await userDataError(rejection([cycle]), 'data', 'es')) as WidgetError;
    expect(error.issues).toEqual([
      {
        code: 'lineage-cycle',
        column: 'organizations',
        value: ['ALPHA', 'BETA'],
        reason:
          'al seguir la primera organización de origen se vuelve a ALPHA: un linaje no puede ser circular',
      },
    ]);
  });

  it('names a field of a claim by its path in the file', async () => {
    const unknown = {
      code: 'unknown-id',
      path: ['claim', 'test', 'publishedCountIds'],
      params: {},
      value: 'P999',
      reason: 'no published count with this id',
    };
    const error = (await userDataError(rejection([unknown]), 'claim.json', 'es')) as WidgetError;
    expect(error.issues).toEqual([
      {
        code: 'unknown-id',
        column: 'test.publishedCountIds',
        value: 'P999',
        reason: 'ningún conteo publicado tiene este id',
      },
    ]);
  });

  it('lists the first 20 issues and counts them all', async () => {
    const issues = Array.from({ length: 30 }, (_, i) => ({
      ...repeated,
      path: ['organizations', i + 1, 'id'],
    }));
    const error = (await userDataError(rejection(issues), 'data', 'en')) as WidgetError;
    expect(error.message).toBe('data: 30 invalid values');
    expect(error.issues).toHaveLength(20);
    expect(error.issues[19]?.row).toBe(21);
  });

  it('leaves any other error as it is, also one that only has the name of an indicator error', async () => {
    const other = new TypeError('Failed to fetch');
    expect(await userDataError(other, 'data', 'es')).toBe(other);
    const named = Object.assign(new Error('x'), { name: 'IndicatorInputError', issues: [] });
    expect(await userDataError(named, 'data', 'es')).toBe(named);
    const worded = invalidAttribute('as-of', '2017-13', 'se esperaba AAAA-MM', 'es');
    expect(await userDataError(worded, 'data', 'es')).toBe(worded);
  });
});

describe('invalidData', () => {
  it('counts every issue, lists the first 20, and words only those', () => {
    const issues = Array.from({ length: 25 }, (_, i) => i + 1);
    const worded: number[] = [];
    const error = invalidData('f.csv', issues, 'es', (listed) => {
      worded.push(...listed);
      return listed.map((row) => ({ row, reason: 'mala' }));
    });
    expect(error.code).toBe('invalid-data');
    expect(error.message).toBe('f.csv: 25 valores no válidos');
    expect(worded).toEqual(issues.slice(0, 20));
    expect(error.issues.map((issue) => issue.row)).toEqual(issues.slice(0, 20));
    const plain = invalidData('data', [{ column: 'count', reason: 'bad' }], 'en');
    expect(plain.message).toBe('data: 1 invalid value');
    expect(plain.issues).toEqual([{ column: 'count', reason: 'bad' }]);
  });
});

describe('an indicator that stopped collecting issues', () => {
  /** The splinter count's rejection of `rows` organizations that all share one id. */
  const rejection = (rows: number) => {
    const organization = {
      id: 'ALPHA',
      name: { en: 'Alpha' },
      aliases: [],
      parentIds: [],
      originType: 'founding',
      yearFounded: 1990,
      yearFoundedVerified: true,
      majorLists: [],
      sourceIds: ['S1'],
      verified: 'true' as const,
    };
    try {
      splinterCount(
        Array.from({ length: rows }, () => organization),
        { year: 2000 },
      );
    } catch (error) {
      return error as IndicatorInputError;
    }
    throw new Error('expected an IndicatorInputError');
  };

  it('says "at least" in both languages when the input has more issues than are listed', async () => {
    // 250 rows: 249 repeat the first one's id, and the indicator lists 100
    const stopped = rejection(250);
    const en = (await userDataError(stopped, 'data', 'en')) as WidgetError;
    expect(en.message).toBe('data: at least 100 invalid values');
    expect(en.issues).toHaveLength(20);
    const es = (await userDataError(stopped, 'data', 'es')) as WidgetError;
    expect(es.message).toBe('data: al menos 100 valores no válidos');
    expect(toWidgetError(stopped).message).toBe('at least 100 problems in the input');
    expect(toWidgetError(stopped, 'es').message).toBe(
      'al menos 100 problemas en los datos de entrada',
    );
  });

  it('gives the exact count when every issue is listed', async () => {
    // 101 rows: exactly 100 repeats
    const exact = (await userDataError(rejection(101), 'data', 'en')) as WidgetError;
    expect(exact.message).toBe('data: 100 invalid values');
  });
});

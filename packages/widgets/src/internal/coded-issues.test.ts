import {
  DataValidationError,
  parseLongCsv,
  validationReason,
  type ValidationProblem,
} from '@usmx/data/parsers';
import { organizations } from '@usmx/data/groups';
import { IndicatorInputError, homicideTrend, issueReason, lineageTree } from '@usmx/indicators';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.issues.js';
import { es } from '../locales/es.issues.js';
import { loadLocale } from '../locales/load.js';
import { fileIssue, indicatorIssue, placeOf } from './coded-issues.js';

const options = {
  seriesId: 'mine',
  sourceId: 'https://example.org/mine.csv',
  vintage: '2020-01-01',
};

/** The issues the long-layout parser reports for `text`. */
function issuesOf(text: string) {
  try {
    parseLongCsv(text, options);
  } catch (error) {
    if (error instanceof DataValidationError) return error.issues;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('fileIssue', () => {
  // row 3 repeats row 2's month, row 4 has a negative count, row 5 a two-digit year
  const text = 'region,year,month,count\nMX,2017,1,4\nMX,2017,1,9\nMX,2017,2,-2\nMX,17,3,4\n';

  it('words each problem in Spanish, at its row and column, with its code', () => {
    expect(issuesOf(text).map((issue) => fileIssue(issue, es))).toEqual([
      {
        code: 'duplicate-row',
        row: 3,
        column: 'month',
        value: '1',
        reason: 'duplicada: repite los datos de la fila 2',
      },
      {
        code: 'count-negative',
        row: 4,
        column: 'count',
        value: '-2',
        reason: 'el conteo no puede ser negativo',
      },
      {
        code: 'year-format',
        row: 5,
        column: 'year',
        value: '17',
        reason: 'el año debe tener cuatro dígitos',
      },
    ]);
  });

  it("words a file's problems in English as the parser does", () => {
    expect(issuesOf(text).map((issue) => fileIssue(issue, en).reason)).toEqual(
      issuesOf(text).map((issue) => issue.reason),
    );
  });

  it('shows a blank cell as blank', () => {
    expect(issuesOf('region,year,month,count\nMX,2017,1,\n').map((i) => fileIssue(i, en))).toEqual([
      {
        code: 'count-format',
        row: 2,
        column: 'count',
        value: '',
        reason: expect.stringMatching(/^count must be/),
      },
    ]);
  });

  it('names no column or value for a problem with the whole file', () => {
    expect(issuesOf('').map((issue) => fileIssue(issue, es))).toEqual([
      { code: 'empty-file', row: 1, reason: 'el archivo está vacío' },
    ]);
    expect(issuesOf('region,year,count\nMX,2017,4\n').map((issue) => fileIssue(issue, es))).toEqual(
      [
        {
          code: 'missing-column',
          row: 1,
          column: 'month',
          reason: 'falta esta columna en el encabezado',
        },
      ],
    );
  });
});

describe('placeOf', () => {
  it("leaves out the indicator's argument and names rows from 1", () => {
    expect(placeOf(['organizations', 4, 'id'])).toEqual({ row: 5, column: 'id' });
    expect(placeOf(['observations', 0])).toEqual({ row: 1 });
    expect(placeOf(['claim', 'test', 'refYear'])).toEqual({ column: 'test.refYear' });
    expect(placeOf(['data', 'sources', 2, 'url'])).toEqual({ column: 'sources[2].url' });
    expect(placeOf(['asOf'])).toEqual({ column: 'asOf' });
    expect(placeOf([])).toEqual({});
  });
});

describe('indicatorIssue', () => {
  const rows = [
    {
      seriesId: 's',
      region: 'MX',
      year: 2017,
      month: 1,
      count: 1,
      sourceId: 'S',
      vintage: '2018-01-01',
    },
    {
      seriesId: 's',
      region: 'MX',
      year: 2017,
      month: 1,
      count: -3,
      sourceId: 'S',
      vintage: '2018-01-01',
    },
  ];

  function rejection(run: () => unknown): IndicatorInputError {
    try {
      run();
    } catch (error) {
      if (error instanceof IndicatorInputError) return error;
      throw error;
    }
    throw new Error('accepted');
  }

  it("words an indicator's options and a schema's checks in Spanish, at their place", async () => {
    const error = rejection(() =>
      homicideTrend(rows, { asOf: '2017-13', region: 'Chihuahua', method: 'x' as never }),
    );
    const locale = await loadLocale('es');
    const worded = error.issues.map((issue) => indicatorIssue(issue, locale));
    expect(worded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'not-year-month', column: 'asOf', value: '2017-13' }),
        expect.objectContaining({ code: 'not-region-code', column: 'region' }),
        expect.objectContaining({ code: 'not-one-of', column: 'method' }),
        expect.objectContaining({
          code: 'schema',
          row: 2,
          column: 'count',
          value: -3,
          reason: 'el conteo no puede ser negativo',
        }),
      ]),
    );
    expect(worded.find((issue) => issue.code === 'not-year-month')!.reason).toMatch(/AAAA-MM/);
  });

  it('names the row an organization repeats from 1, as the widget lists rows', () => {
    const first = organizations[0]!;
    const error = rejection(() => lineageTree([first, first]));
    expect(indicatorIssue(error.issues[0]!, en)).toEqual({
      code: 'repeated-id',
      row: 2,
      column: 'id',
      value: first.id,
      reason: 'repeats the id of row 1',
    });
  });
});

describe('the issue locales', () => {
  it('word every code in Spanish with other words than in English', () => {
    const sample = {
      firstIndex: 0,
      firstRow: 2,
      through: 'X',
      high: 5,
      field: 'f',
      expected: ['a'],
      min: 1,
      max: 2,
      unit: 'years',
      series: 's',
      present: ['p'],
      region: 'MX',
      earliest: '2015-01',
      first: '2015-01',
      last: '2016-01',
      vintage: null,
      from: 1,
      to: 2,
      route: 'r',
      kind: 'measure',
      lists: ['l'],
      layout: 'L',
      crime: 'c',
      crimes: ['c'],
      check: { code: 'custom', message: 'm' },
    };
    const spanish = {
      indicator: es.indicator as Record<string, (p: unknown, v: unknown) => string>,
      file: es.file as Record<string, (p: unknown, v: unknown) => string>,
    };
    const override = {
      indicator: en.indicator as Record<string, (p: unknown, v: unknown) => string>,
      file: en.file as Record<string, (p: unknown, v: unknown) => string>,
    };
    // English: the widget's own words where it has some, else the package's
    const english = {
      indicator: (code: string, params: unknown) =>
        override.indicator[code]?.(params, 'v') ?? issueReason(code as never, params as never),
      file: (code: string, params: unknown) =>
        override.file[code]?.(params, 'v') ??
        validationReason({ code, params } as ValidationProblem),
    };
    for (const table of ['indicator', 'file'] as const) {
      for (const code of Object.keys(spanish[table])) {
        // the series of several-series are a list; of every other code, one id
        const params = code === 'several-series' ? { ...sample, series: ['a', 'b'] } : sample;
        expect(spanish[table][code]!(params, 'v'), `${table} ${code}`).not.toBe(
          english[table](code, params),
        );
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { issuesOf, validationErrorOf } from '../test-helpers/validation.js';
import { MAX_FILE_ISSUES } from './errors.js';
import { parseLongCsv } from './long.js';
import { parseSesnspStateCsv } from './sesnsp.js';

const options = { seriesId: 's', sourceId: 'S', vintage: '2024-05' };
const months =
  'Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre';
/** Each parser, and a header it reads. */
const parsers = [
  ['parseLongCsv', parseLongCsv, 'region,year,month,count'],
  [
    'parseSesnspStateCsv',
    parseSesnspStateCsv,
    `Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,${months}`,
  ],
] as const;

describe.each(parsers)('%s, given what is not a file or not options', (_, parse, header) => {
  it.each([
    [null, 'null'],
    [5, 'number'],
    [{}, 'object'],
    [[], 'array'],
    [undefined, 'undefined'],
  ])('rejects the input %j as not-text, naming its type', (input, type) => {
    expect(issuesOf(() => parse(input as unknown as string, options))).toEqual([
      {
        code: 'not-text',
        params: {},
        path: [0, ''],
        row: 0,
        column: '',
        value: type,
        reason: "expected the file's text (a string) or bytes (a Uint8Array)",
      },
    ]);
  });

  it.each([null, undefined, 5, 'options'])('rejects the options %j as not-options', (bad) => {
    expect(issuesOf(() => parse(`${header}\nx\n`, bad as never))).toMatchObject([
      { code: 'not-options', row: 0, column: '', value: String(bad) },
    ]);
  });
});

describe.each(parsers)('%s, given a huge broken file', (_, parse, header) => {
  it(`lists the first ${MAX_FILE_ISSUES} problems and counts them all`, () => {
    // 1 MiB of one-cell lines: every line is a cell-count problem
    const lines = 2 ** 19;
    const text = `${header}\n${'x\n'.repeat(lines)}`;
    const error = validationErrorOf(() => parse(text, options));
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]).toMatchObject({ code: 'cell-count', row: 101 });
    expect(error.total).toBe(lines);
    expect(error.message.startsWith(`${lines} problems in the file:`)).toBe(true);
    expect(error.message).toContain(`... and ${lines - 20} more`);
  });
});

it('quotes at most 60 characters of a cell, in an issue and in the message', () => {
  const cell = 'x'.repeat(1 << 20);
  const rows = Array.from({ length: 20 }, (_, i) => `MX,2017,${(i % 12) + 1},${cell}`);
  const error = validationErrorOf(() =>
    parseLongCsv(['region,year,month,count', ...rows].join('\n'), options),
  );
  expect(error.issues).toHaveLength(20);
  expect(error.issues[0]!.value).toBe(`${'x'.repeat(59)}…`);
  // 20 lines of about 60 quoted characters and some 100 of words each
  expect(error.message.length).toBeLessThan(20 * 200);
});

import { describe, expect, it } from 'vitest';
import { homicideObservations } from '../homicides/observations.js';
import {
  sesnspSampleBytes as sampleBytes,
  sesnspSampleText as sampleText,
} from '../test-helpers/sesnsp-files.js';
import { emptyFileIssue, issuesOf, repeatsRow2 } from '../test-helpers/validation.js';
import { parseSesnspStateCsv } from './sesnsp.js';

const options = { seriesId: 'my-sesnsp', sourceId: 'MY_DOWNLOAD', vintage: '2022-04' };

/** Windows-1252 bytes of a text whose characters are all below U+0100. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
}

const packageRows = (seriesId: string) =>
  homicideObservations.filter(
    (row) =>
      row.seriesId === seriesId &&
      (row.region === 'MX-CHH' || row.region === 'MX-CMX') &&
      row.year >= 2021,
  );

describe('parseSesnspStateCsv, 2015- layout (the official sample: BOM, CRLF, mis-decoded header)', () => {
  it('adds up intentional homicide per state and month, matching the same release in the package', () => {
    const parsed = parseSesnspStateCsv(sampleBytes, options);
    const expected = packageRows('sesnsp-2015-incidents-hd');
    expect(parsed).toHaveLength(30);
    expect(
      parsed.map(({ region, year, month, count }) => ({ region, year, month, count })),
    ).toEqual(expected.map(({ region, year, month, count }) => ({ region, year, month, count })));
    expect(parsed[0]).toEqual({
      ...options,
      region: 'MX-CHH',
      year: 2021,
      month: 1,
      count: 98 + 16 + 46 + 0,
    });
  });

  it('leaves the months not yet published (2022 after March) absent, not zero', () => {
    const parsed = parseSesnspStateCsv(sampleText, options);
    expect(parsed.filter((row) => row.year === 2022).map((row) => row.month)).toEqual([
      1, 2, 3, 1, 2, 3,
    ]);
  });

  it.each([
    ['feminicide', 'sesnsp-2015-incidents-feminicide'],
    ['culpable-homicide', 'sesnsp-2015-incidents-culposo'],
    ['intentional-homicide-and-feminicide', 'sesnsp-2015-incidents-hd-feminicide'],
  ] as const)('crime %s matches %s', (crime, seriesId) => {
    const parsed = parseSesnspStateCsv(sampleText, { ...options, crime });
    expect(parsed.map((row) => row.count)).toEqual(packageRows(seriesId).map((row) => row.count));
  });

  it('reads the same file saved as Windows-1252 bytes', () => {
    expect(parseSesnspStateCsv(latin1(sampleText), options)).toEqual(
      parseSesnspStateCsv(sampleBytes, options),
    );
  });

  it('reads the victims layout (Sexo, Rango de edad) and thousands separators', () => {
    const months =
      'Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre';
    const text = [
      `Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Sexo,Rango de edad,${months}`,
      `2019,15,México,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,Hombre,Adultos (18 y más),"1,010",3,,,,,,,,,,`,
      `2019,15,México,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,Mujer,Adultos (18 y más),20,4,,,,,,,,,,`,
      `2019,15,México,La vida y la Integridad corporal,Homicidio,Homicidio culposo,Con arma de fuego,Hombre,Adultos (18 y más),500,500,,,,,,,,,,`,
    ].join('\n');
    expect(
      parseSesnspStateCsv(text, options).map((row) => [row.region, row.month, row.count]),
    ).toEqual([
      ['MX-MEX', 1, 1030],
      ['MX-MEX', 2, 7],
    ]);
  });
});

describe('parseSesnspStateCsv, 1997-2017 layout', () => {
  const header =
    'AÑO,INEGI,ENTIDAD,MODALIDAD,TIPO,SUBTIPO,ENERO,FEBRERO,MARZO,ABRIL,MAYO,JUNIO,JULIO,AGOSTO,SEPTIEMBRE,OCTUBRE,NOVIEMBRE,DICIEMBRE';
  const text = [
    header,
    '2017,8,CHIHUAHUA,HOMICIDIOS,DOLOSOS,CON ARMA DE FUEGO,120,110,130,100,90,80,70,60,50,40,30,20',
    '2017,8,CHIHUAHUA,HOMICIDIOS,DOLOSOS,CON ARMA BLANCA,5,6,7,8,9,10,11,12,13,14,15,16',
    '2017,8,CHIHUAHUA,HOMICIDIOS,CULPOSOS,CON ARMA DE FUEGO,1,1,1,1,1,1,1,1,1,1,1,1',
    '2017,8,CHIHUAHUA,ROBO COMUN,CON VIOLENCIA,A CASA HABITACION,99,99,99,99,99,99,99,99,99,99,99,99',
    '2017,9,CIUDAD DE MEXICO,HOMICIDIOS,DOLOSOS,SIN DATOS,"1,001",2,3,4,5,6,7,8,9,10,11,12',
  ].join('\r\n');

  it('adds up DOLOSOS within HOMICIDIOS per state and month', () => {
    const parsed = parseSesnspStateCsv(text, options);
    expect(parsed).toHaveLength(24);
    expect(parsed.slice(0, 2).map((row) => [row.region, row.month, row.count])).toEqual([
      ['MX-CHH', 1, 125],
      ['MX-CHH', 2, 116],
    ]);
    expect(parsed[12]).toMatchObject({ region: 'MX-CMX', month: 1, count: 1001 });
  });

  it('adds up DOLOSOS and CULPOSOS for all homicide', () => {
    expect(parseSesnspStateCsv(text, { ...options, crime: 'all-homicide' })[0]).toMatchObject({
      region: 'MX-CHH',
      month: 1,
      count: 126,
    });
  });

  it('has no feminicide: says so on the TIPO column', () => {
    expect(
      issuesOf(() => parseSesnspStateCsv(text, { ...options, crime: 'feminicide' }))[0],
    ).toMatchObject({
      code: 'unknown-crime',
      params: { layout: expect.any(String), crime: 'feminicide' },
      row: 1,
      column: 'TIPO',
    });
  });
});

describe('parseSesnspStateCsv rejects bad input with row and column', () => {
  const lines = sampleText.replace(/^\uFEFF/, '').split('\r\n');
  const header = lines[0]!;
  const firstRow = lines[1]!; // 2021,8,Chihuahua,...,Homicidio doloso,Con arma de fuego,98,98,130,...

  it('a missing column', () => {
    const withoutModalidad = [header, firstRow]
      .map((line) =>
        line
          .split(',')
          .filter((_, i) => i !== 6)
          .join(','),
      )
      .join('\n');
    expect(issuesOf(() => parseSesnspStateCsv(withoutModalidad, options))).toMatchObject([
      {
        code: 'missing-column',
        row: 1,
        column: 'Modalidad',
        value: '',
        reason: 'column missing from the header',
      },
    ]);
  });

  it('a missing month column', () => {
    const withoutDecember = [header, firstRow]
      .map((line) => line.split(',').slice(0, -1).join(','))
      .join('\n');
    expect(issuesOf(() => parseSesnspStateCsv(withoutDecember, options))[0]).toMatchObject({
      row: 1,
      column: 'Diciembre',
    });
  });

  it('a non-numeric count, named by its month column', () => {
    const bad = firstRow.replace(',98,98,130,', ',98,98,n/d,');
    expect(issuesOf(() => parseSesnspStateCsv([header, bad].join('\n'), options))).toMatchObject([
      {
        code: 'count-format',
        row: 2,
        column: 'Marzo',
        value: 'n/d',
        reason: expect.stringContaining('whole number'),
      },
    ]);
  });

  it('a negative count', () => {
    const bad = firstRow.replace(',98,98,130,', ',98,-98,130,');
    expect(
      issuesOf(() =>
        parseSesnspStateCsv(
          [header, firstRow.replace('Con arma de fuego', 'Con arma blanca'), bad].join('\n'),
          options,
        ),
      ),
    ).toEqual([
      {
        code: 'count-negative',
        params: {},
        path: [3, 'Febrero'],
        row: 3,
        column: 'Febrero',
        value: '-98',
        reason: 'count must not be negative',
      },
    ]);
  });

  it('an unknown state code', () => {
    const bad = firstRow.replace('2021,8,', '2021,40,');
    expect(issuesOf(() => parseSesnspStateCsv([header, bad].join('\n'), options))[0]).toMatchObject(
      { code: 'unknown-state', row: 2, column: 'Clave_Ent', value: '40' },
    );
  });

  it('a bad year, named by the header as written (mis-decoded)', () => {
    const bad = firstRow.replace('2021,8,', '21,8,');
    expect(issuesOf(() => parseSesnspStateCsv([header, bad].join('\n'), options))[0]).toMatchObject(
      { code: 'year-format', row: 2, column: 'AÒo', value: '21' },
    );
  });

  it('a duplicated row', () => {
    expect(
      issuesOf(() => parseSesnspStateCsv([header, firstRow, firstRow].join('\n'), options))[0],
    ).toMatchObject(repeatsRow2(3, 'Subtipo de delito'));
  });

  it('an empty file', () => {
    expect(issuesOf(() => parseSesnspStateCsv('\uFEFF\r\n', options))).toMatchObject([
      emptyFileIssue,
    ]);
  });

  it('a file with no homicide rows', () => {
    const robbery = lines.find((line) => line.includes('Robo'))!;
    expect(
      issuesOf(() => parseSesnspStateCsv([header, robbery].join('\n'), options))[0],
    ).toMatchObject({
      code: 'no-crime-rows',
      params: { crimes: expect.arrayContaining([expect.stringMatching(/homicidio/i)]) },
      row: 1,
      column: 'Subtipo de delito',
    });
  });
});

describe('parseSesnspStateCsv never reads a ragged, cut or mislabelled row', () => {
  const lines = sampleText.replace(/^\uFEFF/, '').split('\r\n');
  const header = lines[0]!;
  // 2021,8,Chihuahua,...,Homicidio doloso,Con arma de fuego,98,98,130,... (January is 98)
  const firstRow = lines[1]!;
  const january = (cell: string) =>
    firstRow.replace('Con arma de fuego,98,', `Con arma de fuego,${cell},`);

  it('rejects an unquoted thousands separator, which would move every month by one', () => {
    expect(
      issuesOf(() => parseSesnspStateCsv([header, january('1,234')].join('\r\n'), options)),
    ).toEqual([
      {
        code: 'cell-count',
        // the header has 7 columns before the 12 months: 19; the comma makes a 20th cell
        params: { found: 20, expected: 19 },
        path: [2, ''],
        row: 2,
        column: '',
        value: '',
        reason:
          '20 cells where the header has 19: quote a number with a thousands separator ("1,234"), or the cells shift',
      },
    ]);
  });

  it('reads the same separator quoted', () => {
    const parsed = parseSesnspStateCsv([header, january('"1,234"')].join('\r\n'), options);
    expect(parsed.slice(0, 2).map((row) => [row.month, row.count])).toEqual([
      [1, 1234],
      [2, 98],
    ]);
  });

  it('rejects a file cut in the middle of its last row, naming that line', () => {
    const text = sampleText.slice(0, sampleText.trimEnd().length - 20);
    const [issue] = issuesOf(() => parseSesnspStateCsv(text, options));
    // 393 lines: the header and the 392 rows of the sample
    expect(issue).toMatchObject({ code: 'cell-count', row: 393, params: { expected: 19 } });
    expect((issue!.params as { found: number }).found).toBeLessThan(19);
  });

  it('rejects a file cut inside a quoted cell, naming its line and column', () => {
    expect(
      issuesOf(() => parseSesnspStateCsv([header, january('"1,2')].join('\r\n'), options)),
    ).toMatchObject([{ code: 'unclosed-quote', row: 2, column: 'Enero' }]);
  });

  it('rejects a state name that is not the name of its code', () => {
    const atlantis = firstRow.replace('2021,8,Chihuahua,', '2021,8,Atlantis,');
    expect(
      issuesOf(() => parseSesnspStateCsv([header, atlantis].join('\r\n'), options)),
    ).toMatchObject([
      {
        code: 'state-name',
        params: { code: '8', state: 'Chihuahua' },
        row: 2,
        column: 'Entidad',
        value: 'Atlantis',
        reason: 'not the name of state 8 (Chihuahua)',
      },
    ]);
  });

  it.each(['CHIHUAHUA', 'chihuahua ', ''])('takes %j as the name of state 8', (name) => {
    const row = firstRow.replace('2021,8,Chihuahua,', `2021,8,${name},`);
    expect(parseSesnspStateCsv([header, row].join('\r\n'), options)[0]?.region).toBe('MX-CHH');
  });

  it('names the line of a bad row after blank lines', () => {
    const bad = firstRow.replace(',98,98,130,', ',98,98,n/d,');
    expect(
      issuesOf(() => parseSesnspStateCsv([header, '', '', bad].join('\r\n'), options)),
    ).toMatchObject([{ code: 'count-format', row: 4, column: 'Marzo', value: 'n/d' }]);
  });

  it.each(['__proto__', 'constructor', 'homicide'])(
    'rejects the crime %j as an option',
    (crime) => {
      expect(
        issuesOf(() =>
          parseSesnspStateCsv(sampleText, { ...options, crime } as unknown as typeof options),
        ),
      ).toMatchObject([
        {
          code: 'option-not-one-of',
          params: {
            allowed: [
              'intentional-homicide',
              'intentional-homicide-and-feminicide',
              'feminicide',
              'culpable-homicide',
              'all-homicide',
            ],
          },
          row: 0,
          column: 'crime',
          value: crime,
        },
      ]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { columnsOf, splitLanguages, toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated line per row', () => {
    const rows = [
      { region: 'MX', year: 2017, count: 8705 },
      { region: 'MX-CHH', year: 2016, count: 0 },
    ];
    expect(toCsv(rows, ['region', 'year', 'count'])).toBe(
      'region,year,count\r\nMX,2017,8705\r\nMX-CHH,2016,0\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and leaves absent values empty', () => {
    const rows = [{ quote: 'up "nearly 25 percent", so far', note: 'a\nb', month: undefined }];
    expect(toCsv(rows, ['quote', 'note', 'month'])).toBe(
      'quote,note,month\r\n"up ""nearly 25 percent"", so far","a\nb",\r\n',
    );
  });

  it('joins arrays with semicolons', () => {
    expect(toCsv([{ parentIds: ['GUADALAJARA', 'SINALOA'] }], ['parentIds'])).toBe(
      'parentIds\r\nGUADALAJARA; SINALOA\r\n',
    );
  });

  it('keeps text that starts like a spreadsheet formula as text', () => {
    expect(toCsv([{ name: '=HYPERLINK("x")' }], ['name'])).toBe(
      'name\r\n"\'=HYPERLINK(""x"")"\r\n',
    );
  });
});

describe('splitLanguages', () => {
  it('writes a { en, es } field as two columns, English under its own name', () => {
    expect(
      splitLanguages({
        id: 'GULF',
        name: { en: 'Gulf Cartel', es: 'Cártel del Golfo' },
        parentIds: [],
      }),
    ).toEqual({ id: 'GULF', name: 'Gulf Cartel', nameEs: 'Cártel del Golfo', parentIds: [] });
  });

  it('leaves out the Spanish column of a row that gives none', () => {
    expect(splitLanguages({ name: { en: 'Cártel de Jalisco Nueva Generación' } })).toEqual({
      name: 'Cártel de Jalisco Nueva Generación',
    });
  });
});

describe('columnsOf', () => {
  it('lists every key of every row once, in first-seen order', () => {
    expect(
      columnsOf<{ a?: number; b?: number; c?: number }>([{ a: 1 }, { b: 2, a: 3 }, { c: 4 }]),
    ).toEqual(['a', 'b', 'c']);
  });
});

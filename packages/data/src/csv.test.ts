import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { csvFile, formatCsv } from './csv.js';

describe('formatCsv', () => {
  it('writes the header, then one line per row in column order', () => {
    const rows = [
      { region: 'MX', year: 2017, count: 8705 },
      { region: 'MX-CHH', year: 2016, count: 0 },
    ];
    expect(formatCsv(rows, ['region', 'year', 'count'])).toBe(
      'region,year,count\nMX,2017,8705\nMX-CHH,2016,0',
    );
  });

  it('gives every row the header’s number of cells, whatever the cells hold', () => {
    const rows = [
      { quote: 'up "nearly 25 percent", so far', note: 'a\nb\r\nc', month: undefined },
      { quote: '', note: null, month: Number.NaN },
      { quote: 'Cártel del Golfo, "CDG"', note: '#1, not a comment', month: 12 },
    ];
    const table = csvParseRows(formatCsv(rows, ['quote', 'note', 'month']));
    expect(table.map((row) => row.length)).toEqual([3, 3, 3, 3]);
    expect(table).toEqual([
      ['quote', 'note', 'month'],
      ['up "nearly 25 percent", so far', 'a\nb\r\nc', ''],
      ['', '', ''],
      ['Cártel del Golfo, "CDG"', '#1, not a comment', '12'],
    ]);
  });

  it('joins arrays with semicolons and writes booleans as words', () => {
    const rows = [{ parentIds: ['GUADALAJARA', 'SINALOA'], verified: false }];
    expect(formatCsv(rows, ['parentIds', 'verified'])).toBe(
      'parentIds,verified\nGUADALAJARA; SINALOA,false',
    );
  });

  it('keeps text that starts like a formula as text, and negative numbers as numbers', () => {
    const rows = [
      { text: '=HYPERLINK("x")', value: -3 },
      { text: '-3', value: 1.5 },
      { text: '@SUM(A1)', value: Infinity },
    ];
    expect(csvParseRows(formatCsv(rows, ['text', 'value']))).toEqual([
      ['text', 'value'],
      ['\'=HYPERLINK("x")', '-3'],
      ["'-3", '1.5'],
      ["'@SUM(A1)", ''],
    ]);
  });

  it('writes only the header for no rows', () => {
    expect(formatCsv<{ year: number }>([], ['year'])).toBe('year');
  });
});

describe('csvFile', () => {
  it('is UTF-8 with a byte-order mark, so Excel shows accents', async () => {
    const file = csvFile('a\ná');
    expect(file.type).toBe('text/csv;charset=utf-8');
    // EF BB BF is U+FEFF in UTF-8, 61 "a", 0A the line end, C3 A1 "á"
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([
      0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xc3, 0xa1,
    ]);
  });
});

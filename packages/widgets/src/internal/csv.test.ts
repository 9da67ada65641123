import { describe, expect, it } from 'vitest';
import { strictRows } from '../../test/strict-csv.js';
import { toCsv } from './csv.js';

const table = {
  columns: [
    { key: 'year', label: 'Year' },
    { key: 'count', label: 'Homicides', numeric: true },
    { key: 'note', label: 'Note' },
  ],
  rows: [
    { year: 2011, count: 27213, note: 'record, "highest"' },
    { year: 2012, count: null, note: '=HYPERLINK("x")' },
  ],
};
const citation = ['Homicides in Mexico, 2011-2012', 'Source: INEGI, 2024 <https://inegi.org.mx>'];

describe('toCsv', () => {
  it('writes the column keys, one line per row, and the citation as the last column', () => {
    expect(toCsv(table, citation)).toBe(
      [
        'year,count,note,citation',
        '2011,27213,"record, ""highest""","Homicides in Mexico, 2011-2012 | Source: INEGI, 2024 <https://inegi.org.mx>"',
        `2012,,"'=HYPERLINK(""x"")","Homicides in Mexico, 2011-2012 | Source: INEGI, 2024 <https://inegi.org.mx>"`,
      ].join('\n'),
    );
  });

  it('reads back strictly as one table: every row as many cells as the header', () => {
    const rows = strictRows(toCsv(table, [...citation, 'line\nbreak']));
    expect(rows.map((row) => row.length)).toEqual([4, 4, 4]);
    expect(rows[0]).toEqual(['year', 'count', 'note', 'citation']);
    expect(rows[1]?.[3]).toBe(
      'Homicides in Mexico, 2011-2012 | Source: INEGI, 2024 <https://inegi.org.mx> | line break',
    );
  });

  it('keeps the citation of a table without rows', () => {
    expect(strictRows(toCsv({ ...table, rows: [] }, ['Cite: usmx']))).toEqual([
      ['year', 'count', 'note', 'citation'],
      ['', '', '', 'Cite: usmx'],
    ]);
  });
});

describe('strictRows, the reader these tests use', () => {
  it('rejects what pandas rejects: a stray quote, an unclosed quote', () => {
    expect(() => strictRows('a,b"c\n')).toThrow(/stray/);
    expect(() => strictRows('"a,b\n')).toThrow(/unclosed/);
    expect(strictRows('a,"b ""c"", d"\r\n1,2')).toEqual([
      ['a', 'b "c", d'],
      ['1', '2'],
    ]);
  });
});

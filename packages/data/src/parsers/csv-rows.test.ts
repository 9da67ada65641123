import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachCsvRow } from './csv-rows.js';

/** Every row of `text` with the line it starts on, and the first quoted cell that cannot be read. */
function rowsOf(text: string) {
  const rows: [line: number, cells: string[]][] = [];
  const quote = eachCsvRow(text, (cells, line) => rows.push([line, cells]));
  return { rows, quote };
}

describe('eachCsvRow', () => {
  it('gives each row the line it starts on, counting blank lines and the lines inside quotes', () => {
    const text = 'a,b\n\n\n"x\ny",2\r\n3,"4\r\n\r\n5"\r6,7\n';
    // line 1: a,b; lines 2-3 blank; lines 4-5: "x / y",2; lines 6-8: 3,"4 / (blank) / 5"; then a
    // lone \r ends line 8 and 6,7 is line 9
    expect(rowsOf(text).rows).toEqual([
      [1, ['a', 'b']],
      [2, ['']],
      [3, ['']],
      [4, ['x\ny', '2']],
      [6, ['3', '4\r\n\r\n5']],
      [9, ['6', '7']],
    ]);
  });

  it('reads "" inside a quoted cell as one quote, and commas and line ends as text', () => {
    expect(rowsOf('"say ""hi""","1,234","a\nb",\n').rows).toEqual([
      [1, ['say "hi"', '1,234', 'a\nb', '']],
    ]);
  });

  it('says where a quote opens and never closes, after visiting the rows before it', () => {
    expect(rowsOf('a,b\n1,2\n3,"4,5\n6,7\n')).toEqual({
      rows: [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
      quote: { problem: 'unclosed-quote', line: 3, cell: 1 },
    });
  });

  // found by pnpm fuzz (seeds 18055 and 18060): a file read by the parser that d3-dsv split otherwise
  it('stops at text after a closing quote, which readers split in different places', () => {
    // d3-dsv reads "12"3,4 as 12, an empty cell and 4; a lenient reader as 123 and 4
    expect(rowsOf('a,b\n"12"3,4\n5,6\n')).toEqual({
      rows: [[1, ['a', 'b']]],
      quote: { problem: 'text-after-quote', line: 2, cell: 0 },
    });
  });

  it('reads what d3-dsv writes as d3-dsv reads it: the same cells, whatever they hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', 'é') });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(table, (rows) => {
        // a row of one empty cell is written as an empty line, which d3-dsv reads back as such
        const text = csvFormatRows(rows);
        expect(rowsOf(text).rows.map(([, cells]) => cells)).toEqual(csvParseRows(text));
      }),
      { seed: 1805, numRuns: 300 },
    );
  });
});

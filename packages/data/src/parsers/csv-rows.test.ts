import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachCsvRow } from './csv-rows.js';

/** Every row of `text` with the line it starts on, and where a quote is left open. */
function rowsOf(text: string) {
  const rows: [line: number, cells: string[]][] = [];
  const unclosed = eachCsvRow(text, (cells, line) => rows.push([line, cells]));
  return { rows, unclosed };
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

  it('reads "" inside a quoted cell as one quote, and keeps commas and text after the closing quote', () => {
    expect(rowsOf('"say ""hi""","1,234"x,\n').rows).toEqual([[1, ['say "hi"', '1,234x', '']]]);
  });

  it('says where a quote opens and never closes, after visiting the rows before it', () => {
    expect(rowsOf('a,b\n1,2\n3,"4,5\n6,7\n')).toEqual({
      rows: [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
      unclosed: { line: 3, cell: 1 },
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

import { describe, expect, it } from 'vitest';
import {
  emptyFileIssue,
  issuesOf,
  repeatsRow2,
  validationErrorOf,
} from '../test-helpers/validation.js';
import { parseLongCsv } from './long.js';

const options = { seriesId: 'my-series', sourceId: 'MY_FILE', vintage: '2024-05-01' };

describe('parseLongCsv', () => {
  it('reads region codes in every accepted form, a BOM, CRLF, quoted thousands separators and extra columns', () => {
    const text =
      '\uFEFFregion,year,month,count,note\r\nMX,2017,1,"2,345",national\r\nmx-chh,2017,1,180,\r\n8,2017,2,175,"quoted, with comma"\r\n09,2017,2,"1,002",\r\n00,2017,2,"2,300",\r\n';
    expect(parseLongCsv(text, options)).toEqual([
      { ...options, region: 'MX', year: 2017, month: 1, count: 2345 },
      { ...options, region: 'MX-CHH', year: 2017, month: 1, count: 180 },
      { ...options, region: 'MX-CHH', year: 2017, month: 2, count: 175 },
      { ...options, region: 'MX-CMX', year: 2017, month: 2, count: 1002 },
      { ...options, region: 'MX', year: 2017, month: 2, count: 2300 },
    ]);
  });

  it('reads columns in any order and header names in any case', () => {
    expect(parseLongCsv('Count,Month,Year,Region\n7,12,2020,MX-YUC\n', options)).toEqual([
      { ...options, region: 'MX-YUC', year: 2020, month: 12, count: 7 },
    ]);
  });

  it('reads Windows-1252 bytes (a Latin-1 accent in another column)', () => {
    const bytes = Uint8Array.from(
      [...'region,year,month,count,state\n22,2019,3,12,Quer']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xe9],
          [...'taro\n'].map((c) => c.charCodeAt(0)),
        ),
    );
    expect(parseLongCsv(bytes, options)).toEqual([
      { ...options, region: 'MX-QUE', year: 2019, month: 3, count: 12 },
    ]);
  });

  it('rejects a missing column, naming it on row 1', () => {
    expect(issuesOf(() => parseLongCsv('region,year,count\nMX,2017,5\n', options))).toMatchObject([
      {
        code: 'missing-column',
        row: 1,
        column: 'month',
        value: '',
        reason: 'column missing from the header',
      },
    ]);
  });

  it('rejects a non-numeric count', () => {
    const [issue] = issuesOf(() =>
      parseLongCsv('region,year,month,count\nMX,2017,1,12\nMX,2017,2,twelve\n', options),
    );
    expect(issue).toMatchObject({ code: 'count-format', row: 3, column: 'count', value: 'twelve' });
  });

  it('rejects a negative count', () => {
    const [issue] = issuesOf(() =>
      parseLongCsv('region,year,month,count\nMX,2017,1,-4\n', options),
    );
    expect(issue).toMatchObject({
      code: 'count-negative',
      row: 2,
      column: 'count',
      value: '-4',
      reason: 'count must not be negative',
    });
  });

  it('rejects a fractional count', () => {
    expect(
      issuesOf(() => parseLongCsv('region,year,month,count\nMX,2017,1,4.5\n', options))[0],
    ).toMatchObject({ code: 'count-format', row: 2, column: 'count' });
  });

  it('rejects month 13', () => {
    const [issue] = issuesOf(() =>
      parseLongCsv('region,year,month,count\nMX,2017,13,4\n', options),
    );
    expect(issue).toMatchObject({ code: 'month-range', row: 2, column: 'month', value: '13' });
  });

  it('rejects an unknown region', () => {
    const issues = issuesOf(() =>
      parseLongCsv('region,year,month,count\nMX-XYZ,2017,1,4\n33,2017,1,4\n', options),
    );
    expect(issues.map(({ code, row, column, value }) => ({ code, row, column, value }))).toEqual([
      { code: 'unknown-region', row: 2, column: 'region', value: 'MX-XYZ' },
      { code: 'unknown-region', row: 3, column: 'region', value: '33' },
    ]);
  });

  it('rejects a duplicated key, pointing at the second row', () => {
    const [issue] = issuesOf(() =>
      parseLongCsv('region,year,month,count\nMX-CHH,2017,1,4\nMX,2017,1,9\n08,2017,1,5\n', options),
    );
    expect(issue).toMatchObject(repeatsRow2(4, 'month'));
  });

  it('rejects an empty file and a header without rows', () => {
    expect(issuesOf(() => parseLongCsv('', options))).toMatchObject([emptyFileIssue]);
    expect(issuesOf(() => parseLongCsv(new Uint8Array(), options))[0]).toMatchObject({
      code: 'empty-file',
      row: 1,
      column: '',
    });
    expect(issuesOf(() => parseLongCsv('region,year,month,count\r\n', options))[0]).toMatchObject({
      code: 'no-data-rows',
      row: 2,
      column: '',
    });
  });

  it('lists every problem of the file, with a readable message', () => {
    const { issues, message } = validationErrorOf(() =>
      parseLongCsv('region,year,month,count\nMX,2017,1,x\nMX,1850,0,3\n', options),
    );
    expect(issues.map(({ row, column, code }) => `${row}:${column}:${code}`)).toEqual([
      '2:count:count-format',
      '3:year:year-range',
      '3:month:month-range',
    ]);
    expect(message).toContain('3 problems in the file');
    expect(message).toContain('row 2, column "count" (value "x")');
  });

  it('rejects a row with a cell more than the header: an unquoted thousands separator', () => {
    expect(
      issuesOf(() => parseLongCsv('region,year,month,count\nMX,2020,1,1,234\n', options)),
    ).toMatchObject([{ code: 'cell-count', row: 2, params: { found: 5, expected: 4 } }]);
  });

  it('rejects a last row cut short', () => {
    expect(
      issuesOf(() => parseLongCsv('region,year,month,count\nMX,2017,1,4\nMX,2017', options)),
    ).toMatchObject([
      {
        code: 'cell-count',
        row: 3,
        params: { found: 2, expected: 4 },
        reason: '2 cells where the header has 4: the row is cut short',
      },
    ]);
  });

  it('names the line of a bad row after blank lines, and of a header after them', () => {
    expect(
      issuesOf(() => parseLongCsv('region,year,month,count\n\n\nMX,2017,13,4\n', options)),
    ).toMatchObject([{ code: 'month-range', row: 4 }]);
    expect(
      issuesOf(() =>
        parseLongCsv('\n\nregion,year,month,count\nMX,2017,1,4\nMX,2017,1,5\n', options),
      ),
    ).toMatchObject([{ code: 'duplicate-row', row: 5, params: { firstRow: 4 } }]);
  });

  it('rejects text after a quoted cell, naming its line and column', () => {
    expect(
      issuesOf(() => parseLongCsv('region,year,month,count\nMX,2017,1,"12"3\n', options)),
    ).toMatchObject([{ code: 'text-after-quote', row: 2, column: 'count' }]);
  });

  it('skips lines of empty cells', () => {
    expect(parseLongCsv('region,year,month,count\n,,,\n , \nMX,2017,1,4\n', options)).toHaveLength(
      1,
    );
  });

  it("rejects bad options with a DataValidationError naming each, at row 0 (they are the call's, not the file's)", () => {
    const { issues, message } = validationErrorOf(() =>
      parseLongCsv('region,year,month,count\nMX,2017,1,4\n', {
        seriesId: '',
        sourceId: 5,
        vintage: 'May 2024',
      } as unknown as typeof options),
    );
    expect(issues.map(({ code, row, column, value }) => ({ code, row, column, value }))).toEqual([
      { code: 'option-not-text', row: 0, column: 'seriesId', value: '' },
      { code: 'option-not-text', row: 0, column: 'sourceId', value: '5' },
      { code: 'option-not-date', row: 0, column: 'vintage', value: 'May 2024' },
    ]);
    expect(message).toContain('option "vintage" (value "May 2024"): expected a date');
  });
});

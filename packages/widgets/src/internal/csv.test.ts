import { expect, it } from 'vitest';
import { toCsv } from './csv.js';

it('writes a citation header, the column keys and one line per row', () => {
  const csv = toCsv(
    {
      columns: [
        { key: 'year', label: 'Year' },
        { key: 'count', label: 'Homicides', numeric: true },
        { key: 'note', label: 'Note' },
      ],
      rows: [
        { year: 2011, count: 27213, note: 'record, "highest"' },
        { year: 2012, count: null, note: '=HYPERLINK("x")' },
      ],
    },
    ['Source: INEGI', 'line\nbreak'],
  );
  expect(csv).toBe(
    [
      '# Source: INEGI',
      '# line break',
      'year,count,note',
      '2011,27213,"record, ""highest"""',
      `2012,,"'=HYPERLINK(""x"")"`,
      '',
    ].join('\r\n'),
  );
});

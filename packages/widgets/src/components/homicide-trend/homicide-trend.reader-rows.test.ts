import { beforeAll, describe, expect, it } from 'vitest';
import { WidgetError } from '../../internal/errors.js';
import { readHomicideObservations } from './homicide-trend.reader-rows.js';
import { loadWords } from '../../locales/words.js';

// a widget loads its Spanish words before it speaks Spanish; these tests start from there
beforeAll(() => loadWords('es'));

/** A URL the page can fetch that serves `text` as CSV. */
const csvUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/csv' }));

describe('readHomicideObservations, CSV files', () => {
  it('lists the first 20 bad cells of a file and counts them all, in Spanish', async () => {
    // 25 rows whose count is not a number: rows 2 to 26 of the file
    const rows = Array.from({ length: 25 }, (_, i) => `MX,2017,${(i % 12) + 1},x`);
    const src = csvUrl(['region,year,month,count', ...rows].join('\n'));
    const error = await readHomicideObservations({ src, series: 'mine' }, 'es').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WidgetError);
    const { code, message, issues } = error as WidgetError;
    expect(code).toBe('invalid-data');
    expect(message).toBe(`${src}: 25 valores no válidos`);
    expect(issues).toHaveLength(20);
    expect(issues[0]).toEqual({
      code: 'count-format',
      row: 2,
      column: 'count',
      value: 'x',
      reason: expect.stringMatching(/^el conteo debe ser un número entero/),
    });
    expect(issues[19]?.row).toBe(21);
  });

  it('names no column or value for a problem with the whole file', async () => {
    const src = csvUrl('region,year,month,count\n');
    const error = await readHomicideObservations({ src, series: 'mine' }, 'en').catch(
      (caught: unknown) => caught,
    );
    expect((error as WidgetError).issues).toEqual([
      { code: 'no-data-rows', row: 2, reason: 'the file has a header but no data rows' },
    ]);
  });
});

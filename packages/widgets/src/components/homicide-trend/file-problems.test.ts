import { DataValidationError, parseLongCsv } from '@usmx/data/parsers';
import { describe, expect, it } from 'vitest';
import { fileIssues } from './file-problems.js';

const options = {
  seriesId: 'mine',
  sourceId: 'https://example.org/mine.csv',
  vintage: '2020-01-01',
};

/** The issues the long-layout parser reports for `text`. */
function issuesOf(text: string) {
  try {
    parseLongCsv(text, options);
  } catch (error) {
    if (error instanceof DataValidationError) return error.issues;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('fileIssues', () => {
  // row 3 repeats row 2's month, row 4 has a negative count, row 5 a two-digit year
  const text = 'region,year,month,count\nMX,2017,1,4\nMX,2017,1,9\nMX,2017,2,-2\nMX,17,3,4\n';

  it('words each problem in Spanish, at its row and column', () => {
    expect(fileIssues(issuesOf(text), 'es')).toEqual([
      { row: 3, column: 'month', value: '1', reason: 'duplicada: repite los datos de la fila 2' },
      { row: 4, column: 'count', value: '-2', reason: 'el conteo no puede ser negativo' },
      { row: 5, column: 'year', value: '17', reason: 'el año debe tener cuatro dígitos' },
    ]);
  });

  it("keeps the parser's own words in English", () => {
    expect(fileIssues(issuesOf(text), 'en').map((issue) => issue.reason)).toEqual(
      issuesOf(text).map((issue) => issue.reason),
    );
  });

  it('shows a blank cell as blank', () => {
    expect(fileIssues(issuesOf('region,year,month,count\nMX,2017,1,\n'), 'en')).toEqual([
      { row: 2, column: 'count', value: '', reason: expect.stringMatching(/^count must be/) },
    ]);
  });

  it('names no column or value for a problem with the whole file', () => {
    expect(fileIssues(issuesOf(''), 'es')).toEqual([{ row: 1, reason: 'el archivo está vacío' }]);
    expect(fileIssues(issuesOf('region,year,count\nMX,2017,4\n'), 'es')).toEqual([
      { row: 1, column: 'month', reason: 'falta esta columna en el encabezado' },
    ]);
  });
});

import { DataValidationError, parseLongCsv } from '@usmx/data/parsers';
import { describe, expect, it } from 'vitest';
import { fileProblemReason } from './file-problems.js';

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

describe('fileProblemReason', () => {
  // row 3 repeats row 2's month, row 4 has a negative count, row 5 a two-digit year
  const text = 'region,year,month,count\nMX,2017,1,4\nMX,2017,1,9\nMX,2017,2,-2\nMX,17,3,4\n';

  it('words each problem in Spanish', () => {
    expect(issuesOf(text).map((issue) => [issue.row, fileProblemReason(issue, 'es')])).toEqual([
      [3, 'duplicada: repite los datos de la fila 2'],
      [4, 'el conteo no puede ser negativo'],
      [5, 'el año debe tener cuatro dígitos'],
    ]);
  });

  it("keeps the parser's own words in English", () => {
    for (const issue of issuesOf(text)) expect(fileProblemReason(issue, 'en')).toBe(issue.reason);
  });

  it('words problems with the whole file', () => {
    const [empty] = issuesOf('');
    const [missing] = issuesOf('region,year,count\nMX,2017,4\n');
    expect(fileProblemReason(empty!, 'es')).toBe('el archivo está vacío');
    expect(fileProblemReason(missing!, 'es')).toBe('falta esta columna en el encabezado');
  });
});

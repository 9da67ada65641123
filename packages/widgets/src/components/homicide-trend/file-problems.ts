import type { ValidationIssue, ValidationProblem } from '@usmx/data/parsers';
import type { ErrorIssue } from '../../internal/errors.js';
import type { Lang } from '../../internal/i18n.js';

type Words = {
  [C in ValidationProblem['code']]: (problem: Extract<ValidationProblem, { code: C }>) => string;
};

/** Spanish words for each problem a CSV parser reports; the parser's own `reason` is English. */
const SPANISH: Words = {
  'empty-file': () => 'el archivo está vacío',
  'no-data-rows': () => 'el archivo tiene encabezado pero ninguna fila de datos',
  'missing-column': () => 'falta esta columna en el encabezado',
  'unknown-crime': ({ layout, crime }) => `${layout} no tiene filas de ${crime}`,
  'no-crime-rows': ({ crimes }) => `ninguna fila del archivo corresponde a ${crimes.join(' o ')}`,
  'unknown-region': () =>
    'región desconocida: use MX, un código ISO 3166-2 como MX-CHH o una clave de entidad del INEGI (0-32)',
  'unknown-state': () => 'entidad desconocida: se esperaba una clave de entidad del INEGI (1-32)',
  'year-format': () => 'el año debe tener cuatro dígitos',
  'year-range': () => 'el año debe estar entre 1900 y 2100',
  'month-range': () => 'el mes debe ser un número entero del 1 al 12',
  'count-negative': () => 'el conteo no puede ser negativo',
  'count-format': () =>
    'el conteo debe ser un número entero (dígitos, con o sin separadores de miles como 1,234)',
  'count-too-large': () => 'el conteo es demasiado grande',
  'duplicate-row': ({ firstRow }) => `duplicada: repite los datos de la fila ${firstRow}`,
};

/**
 * The problems a CSV parser found, as the widget lists them: each at its row (the header is row 1)
 * and column, worded in `lang` (the parser's own words in English, the table's in Spanish).
 * Loaded only when a file fails to parse.
 */
export function fileIssues(issues: readonly ValidationIssue[], lang: Lang): ErrorIssue[] {
  return issues.map((issue) => ({
    row: issue.row,
    ...(issue.column !== '' ? { column: issue.column } : {}),
    // a cell of a data row, even blank; the header (row 1) and the whole file have none
    ...(issue.row > 1 && issue.column !== '' ? { value: issue.value } : {}),
    reason:
      lang === 'en'
        ? issue.reason
        : (SPANISH[issue.code] as (problem: ValidationProblem) => string)(issue),
  }));
}

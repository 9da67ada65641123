import type { IndicatorInputIssue, RowProblem } from '@usmx/indicators';
import type { ErrorIssue } from './errors.js';
import type { Lang } from './i18n.js';

type Words = {
  [C in RowProblem['code']]: (problem: Extract<RowProblem, { code: C }>) => string;
};

/** Each problem an indicator finds in a reader's rows, worded with 1-based rows as the widget shows them. */
const WORDS: Record<Lang, Words> = {
  en: {
    'duplicate-row': ({ firstIndex }) =>
      `repeats the series, region, period and release of row ${firstIndex + 1}`,
    'repeated-id': ({ firstIndex }) => `repeats the id of row ${firstIndex + 1}`,
    'lineage-cycle': ({ through }) =>
      `following each first parent organization leads back to ${through}: a lineage cannot be circular`,
    'low-above-high': ({ high }) => `the lower bound is above the upper bound (${high})`,
    'unknown-id': () => 'no published count has this id',
  },
  es: {
    'duplicate-row': ({ firstIndex }) =>
      `repite la serie, la región, el periodo y la publicación de la fila ${firstIndex + 1}`,
    'repeated-id': ({ firstIndex }) => `repite el id de la fila ${firstIndex + 1}`,
    'lineage-cycle': ({ through }) =>
      `al seguir la primera organización de origen se vuelve a ${through}: un linaje no puede ser circular`,
    'low-above-high': ({ high }) => `el límite inferior es mayor que el superior (${high})`,
    'unknown-id': () => 'ningún conteo publicado tiene este id',
  },
};

/**
 * The issues an indicator found in a reader's rows as the widget lists them: each at its 1-based
 * row and its column, the problems the indicator gives a code worded in `lang`, the others in its
 * own words. Loaded only when an indicator rejects a reader's rows.
 */
export function rowIssues(issues: readonly IndicatorInputIssue[], lang: Lang): ErrorIssue[] {
  return issues.map((issue) => ({
    ...place(issue.field),
    value: issue.value,
    reason:
      issue.code === undefined
        ? issue.reason
        : (WORDS[lang][issue.code] as (problem: RowProblem) => string)(issue),
  }));
}

/**
 * Where an indicator's field path points in the reader's rows or file, leaving out the name of the
 * indicator's argument: `organizations[4].id` is row 5, column `id`; `claim.test.refYear` is
 * column `test.refYear`; a path that is the argument alone (`organizations`) stays.
 */
function place(field: string): { row?: number; column?: string } {
  const match = /^\w+(?:\[(\d+)\])?(?:\.(.+))?$/.exec(field);
  if (!match || (match[1] === undefined && match[2] === undefined)) return { column: field };
  return {
    ...(match[1] !== undefined ? { row: Number(match[1]) + 1 } : {}),
    ...(match[2] !== undefined ? { column: match[2] } : {}),
  };
}

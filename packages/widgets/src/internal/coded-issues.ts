import type { ValidationIssue } from '@usmx/data/parsers';
import { pathText, type IndicatorInputIssue, type IssuePath } from '@usmx/indicators';
import type { IssueLocale } from '../locales/issue-locale.js';
import type { ErrorIssue } from './errors.js';
import { issueReason } from './issue-words.js';

export { isIndicatorInputError } from '@usmx/indicators/errors';

/** Words for a code, whichever it is. */
type Words = (params: unknown, value: unknown) => string;

/**
 * Where an indicator's path points in the reader's rows, leaving out the name of the indicator's
 * argument: `['organizations', 4, 'id']` is row 5, column `id`; `['claim', 'test', 'refYear']` is
 * column `test.refYear`; a path that is the argument alone (`['asOf']`) is that column.
 */
export function placeOf(path: IssuePath): { row?: number; column?: string } {
  const [, second, ...rest] = path;
  if (path.length <= 1) return path.length === 0 ? {} : { column: String(path[0]) };
  if (typeof second === 'number') {
    return { row: second + 1, ...(rest.length > 0 ? { column: pathText(rest) } : {}) };
  }
  return { column: pathText(path.slice(1)) };
}

/** An indicator's issue as the widget lists it: at its row and column, worded in the locale's language. */
export function indicatorIssue(issue: IndicatorInputIssue, locale: IssueLocale): ErrorIssue {
  const reason =
    issue.code === 'schema'
      ? issueReason({ ...issue.params.check, input: issue.value }, locale.schema)
      : ((locale.indicator[issue.code] as Words | undefined)?.(issue.params, issue.value) ??
        issue.reason);
  return { code: issue.code, ...placeOf(issue.path), value: issue.value, reason };
}

/** A file parser's issue as the widget lists it: at its row (the header is row 1) and column. */
export function fileIssue(issue: ValidationIssue, locale: IssueLocale): ErrorIssue {
  return {
    code: issue.code,
    row: issue.row,
    ...(issue.column !== '' ? { column: issue.column } : {}),
    // a cell of a data row, even blank; the header (row 1) and the whole file have none
    ...(issue.row > 1 && issue.column !== '' ? { value: issue.value } : {}),
    reason:
      (locale.file[issue.code] as Words | undefined)?.(issue.params, issue.value) ?? issue.reason,
  };
}

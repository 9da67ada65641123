import { inputIssue, type IndicatorInputIssue } from './issues.js';

/** The years an indicator takes: those of the dataset (`year` in `@usmx/data/schemas`). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** Whether `value` is a whole year from 1900 to 2100. */
export function isYear(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= FIRST_YEAR &&
    value <= LAST_YEAR
  );
}

/** The issues of the year option `field`: one when `value` is not a whole year 1900-2100. */
export function yearIssues(field: string, value: unknown): IndicatorInputIssue[] {
  return isYear(value)
    ? []
    : [
        inputIssue('not-whole-in-range', [field], value, {
          min: FIRST_YEAR,
          max: LAST_YEAR,
          unit: 'year',
        }),
      ];
}

/**
 * The problems of a span of years `from`..`to` whose ends `ends` must be given: each a whole year
 * from 1900 to 2100, and `to` not before `from`.
 */
export function spanIssues(
  range: { readonly from?: unknown; readonly to?: unknown },
  ends: readonly ('from' | 'to')[],
): IndicatorInputIssue[] {
  const issues = ends.flatMap((end) => yearIssues(end, range[end]));
  const { from, to } = range;
  if (isYear(from) && isYear(to) && from > to)
    issues.push(inputIssue('before-from', ['to'], to, { from }));
  return issues;
}

/**
 * The problems of a span of years, either end of which may be left open (`undefined`): each end
 * given must be a whole year from 1900 to 2100 (`not-whole-in-range`, the years of the dataset),
 * and `to` must not be before `from` (`before-from`, at `to`). `splinterCount` checks its `from`
 * and `to` this way; a chart that lets readers choose the years it shows can check them the same
 * way before drawing.
 *
 * @example
 * ```ts
 * import { yearRangeIssues } from '@usmx/indicators';
 *
 * yearRangeIssues({ from: 2000, to: 2010 }); // []
 * yearRangeIssues({ to: 2010 }); // []: from is open
 * yearRangeIssues({ from: 2011, to: 2010 }).map((issue) => issue.reason);
 * // ["must not be before from (2011)"]
 * yearRangeIssues({ from: 1850 }).map((issue) => issue.code); // ["not-whole-in-range"]
 * ```
 */
export function yearRangeIssues(range: {
  readonly from?: number | undefined;
  readonly to?: number | undefined;
}): IndicatorInputIssue[] {
  return spanIssues(
    range,
    (['from', 'to'] as const).filter((end) => range[end] !== undefined),
  );
}

import { INDICATOR_INPUT_ERROR } from './error-brand.js';
import { pathText, type IndicatorInputIssue } from './issues.js';

const MAX_LISTED = 10;

/** A check stops listing issues at this many: a broken file should not produce a million-line error. */
export const MAX_ISSUES = 100;

/**
 * What a check adds after {@link MAX_ISSUES} issues when it finds one more: the input has more
 * problems than are listed. {@link IndicatorInputError} takes it out and sets `incomplete`, so its
 * code (any code would do: an issue needs one) never reaches a caller.
 */
export const MORE_ISSUES: IndicatorInputIssue = Object.freeze({
  code: 'no-rows',
  path: [],
  params: {},
  value: undefined,
  reason: 'more issues than are listed',
});

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

/**
 * Thrown when an indicator is called with input it cannot use. `issues` lists every problem, up
 * to 100 (see `incomplete`), each with a `code` from a closed list, its `path`, the value and the
 * English `reason`; `message` spells the first ones out for people reading a log. Recognise it
 * with `instanceof` or, across two copies of the package, `isIndicatorInputError`.
 *
 * @example
 * ```ts
 * try {
 *   homicideTrend([], { asOf: '2017-04' });
 * } catch (error) {
 *   if (isIndicatorInputError(error)) console.log(error.issues[0].code); // 'not-year-month'
 * }
 * ```
 */
export class IndicatorInputError extends Error {
  override readonly name = 'IndicatorInputError';
  /** @internal */
  readonly [INDICATOR_INPUT_ERROR] = true;
  readonly issues: readonly IndicatorInputIssue[];
  /**
   * Whether a check stopped listing at 100 issues and the input has more: `issues` holds the first
   * ones found, and their number is a lower bound.
   */
  readonly incomplete: boolean;

  constructor(indicator: string, found: readonly IndicatorInputIssue[]) {
    const issues = found.filter((issue) => issue !== MORE_ISSUES);
    const incomplete = issues.length < found.length;
    const listed = issues
      .slice(0, MAX_LISTED)
      .map((issue) => `- ${pathText(issue.path)} = ${show(issue.value)}: ${issue.reason}`)
      .join('\n');
    const more = issues.length > MAX_LISTED ? `\n- ...and ${issues.length - MAX_LISTED} more` : '';
    const count = `${incomplete ? 'at least ' : ''}${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`;
    super(`${indicator}: invalid input (${count})\n${listed}${more}`);
    this.issues = issues;
    this.incomplete = incomplete;
  }
}

/**
 * What is wrong with the rows, beyond their schema, as a code and the details that go with it, for
 * wording the issue in another language (`reason` words it in English). Row indexes are 0-based,
 * like the `field` paths.
 */
export type RowProblem =
  /** A row repeats the key (series, region, period and release) of the row at `firstIndex`. */
  | { code: 'duplicate-row'; firstIndex: number }
  /** An organization repeats the id of the one at `firstIndex`. */
  | { code: 'repeated-id'; firstIndex: number }
  /** Following first parents from the organizations in `value` comes back to `through`. */
  | { code: 'lineage-cycle'; through: string }
  /** The low end of a range is above its high end, `high`. */
  | { code: 'low-above-high'; high: number }
  /** No row of the table has this id. */
  | { code: 'unknown-id' };

/**
 * One problem found in the input of an indicator. A problem with the rows beyond their schema
 * also has a `code` ({@link RowProblem}); problems with options and schema checks have none.
 */
export type IndicatorInputIssue = {
  /** Where the problem is: an option (`asOf`), or a row field (`observations[3].count`). */
  field: string;
  /** The offending value, as given (or a short description of it). */
  value: unknown;
  /** Why it was rejected, in plain words. */
  reason: string;
} & (RowProblem | { code?: undefined });

const MAX_LISTED = 10;

/** A check stops listing issues at this many: a broken file should not produce a million-line error. */
export const MAX_ISSUES = 100;

/**
 * What a check adds after {@link MAX_ISSUES} issues when it finds one more: the input has more
 * problems than are listed. {@link IndicatorInputError} takes it out and sets `incomplete`.
 */
export const MORE_ISSUES: IndicatorInputIssue = Object.freeze({
  field: '',
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
 * Thrown when an indicator is called with input it cannot use. `issues` lists every bad field
 * with its value and the reason, up to 100 (see `incomplete`); `message` spells the first ones
 * out for people reading a log.
 *
 * @example
 * ```ts
 * try {
 *   homicideTrend([], { asOf: '2017-04' });
 * } catch (error) {
 *   if (error instanceof IndicatorInputError) console.log(error.issues[0].reason);
 * }
 * ```
 */
export class IndicatorInputError extends Error {
  override readonly name = 'IndicatorInputError';
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
      .map((issue) => `- ${issue.field} = ${show(issue.value)}: ${issue.reason}`)
      .join('\n');
    const more = issues.length > MAX_LISTED ? `\n- ...and ${issues.length - MAX_LISTED} more` : '';
    const count = `${incomplete ? 'at least ' : ''}${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`;
    super(`${indicator}: invalid input (${count})\n${listed}${more}`);
    this.issues = issues;
    this.incomplete = incomplete;
  }
}

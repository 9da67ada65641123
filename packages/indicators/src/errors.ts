/** One problem found in the input of an indicator. */
export interface IndicatorInputIssue {
  /** Where the problem is: an option (`asOf`), or a row field (`observations[3].count`). */
  field: string;
  /** The offending value, as given (or a short description of it). */
  value: unknown;
  /** Why it was rejected, in plain words. */
  reason: string;
}

const MAX_LISTED = 10;

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
 * with its value and the reason; `message` spells the first ones out for people reading a log.
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

  constructor(indicator: string, issues: readonly IndicatorInputIssue[]) {
    const listed = issues
      .slice(0, MAX_LISTED)
      .map((issue) => `- ${issue.field} = ${show(issue.value)}: ${issue.reason}`)
      .join('\n');
    const more = issues.length > MAX_LISTED ? `\n- ...and ${issues.length - MAX_LISTED} more` : '';
    super(
      `${indicator}: invalid input (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'})\n${listed}${more}`,
    );
    this.issues = issues;
  }
}

import { MAX_ISSUES, MORE_ISSUES } from '../errors.js';
import {
  inputIssue,
  type IndicatorInputIssue,
  type IssuePath,
  type SchemaCheck,
  valueAt,
} from '../issues.js';

/** The part of a zod (mini) schema this module needs. */
export interface RowSchema {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: readonly (SchemaCheck & { path: readonly PropertyKey[] })[] };
  };
}

/** Turns a failed zod parse into `schema` issues at `path` and below, keeping zod's own details. */
export function schemaIssues(
  schema: RowSchema,
  value: unknown,
  path: IssuePath,
): IndicatorInputIssue[] {
  const result = schema.safeParse(value);
  if (result.success || !result.error) return [];
  return result.error.issues.map(({ path: inner, ...check }) =>
    inputIssue('schema', [...path, ...inner.map(key)], valueAt(value, inner), {
      check: zodCheck(check),
    }),
  );
}

/** A zod path key as an issue path key: symbols (never used by the schemas) as text. */
function key(part: PropertyKey): string | number {
  return typeof part === 'symbol' ? String(part) : part;
}

/** The details of a zod issue the words need, without the input (the issue's value already). */
function zodCheck(issue: SchemaCheck & { input?: unknown }): SchemaCheck {
  const { input: _input, ...check } = issue;
  return check;
}

/**
 * Checks that `rows` is a non-empty array whose every row passes `schema`. `isValid` is an
 * optional fast check that must accept only rows the schema accepts (tested against the schema);
 * rows it rejects go through the schema, which says why. Stops at {@link MAX_ISSUES} issues, then
 * adds {@link MORE_ISSUES} if another row fails.
 */
export function rowIssues(
  rows: unknown,
  path: IssuePath,
  schema: RowSchema,
  isValid: (row: unknown) => boolean = () => false,
): IndicatorInputIssue[] {
  return checkRows(rows, path, isValid, (row, at) => schemaIssues(schema, row, at));
}

/**
 * {@link rowIssues} without a schema, for code that must not load zod: a row `isValid` rejects is
 * one `invalid-row` issue, which does not say which field is wrong.
 */
export function guardedRowIssues(
  rows: unknown,
  path: IssuePath,
  isValid: (row: unknown) => boolean,
): IndicatorInputIssue[] {
  return checkRows(rows, path, isValid, (row, at) => [inputIssue('invalid-row', at, row, {})]);
}

function checkRows(
  rows: unknown,
  path: IssuePath,
  isValid: (row: unknown) => boolean,
  explain: (row: unknown, at: IssuePath) => IndicatorInputIssue[],
): IndicatorInputIssue[] {
  if (!Array.isArray(rows)) {
    return [inputIssue('not-rows', path, rows === null ? null : typeof rows, {})];
  }
  if (rows.length === 0) {
    return [inputIssue('no-rows', path, [], {})];
  }
  const issues: IndicatorInputIssue[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (isValid(row)) continue;
    const found = explain(row, [...path, i]);
    if (found.length === 0) continue;
    if (issues.length >= MAX_ISSUES) return [...issues, MORE_ISSUES];
    issues.push(...found);
  }
  return issues;
}

/**
 * The problem `check` finds in each row beyond its schema, if any, in order, stopping at
 * {@link MAX_ISSUES} (then {@link MORE_ISSUES} if another row has one).
 */
export function eachRowIssue<Row>(
  rows: readonly Row[],
  check: (row: Row, index: number) => IndicatorInputIssue | undefined,
): IndicatorInputIssue[] {
  const issues: IndicatorInputIssue[] = [];
  for (let i = 0; i < rows.length; i++) {
    const issue = check(rows[i] as Row, i);
    if (!issue) continue;
    if (issues.length >= MAX_ISSUES) return [...issues, MORE_ISSUES];
    issues.push(issue);
  }
  return issues;
}

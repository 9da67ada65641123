import { MAX_ISSUES, MORE_ISSUES, type IndicatorInputIssue } from '../errors.js';

/** The part of a zod (mini) schema this module needs. */
export interface RowSchema {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
  };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns a failed zod parse into issues that name the field, its value and the reason. */
export function schemaIssues(
  schema: RowSchema,
  value: unknown,
  field: string,
): IndicatorInputIssue[] {
  const result = schema.safeParse(value);
  if (result.success || !result.error) return [];
  return result.error.issues.map((issue) => ({
    field: [field, ...issue.path.map(String)].join('.'),
    value: valueAt(value, issue.path),
    reason: issue.message,
  }));
}

/**
 * Checks that `rows` is a non-empty array whose every row passes `schema`. `isValid` is an
 * optional fast check that must accept only rows the schema accepts (tested against the schema);
 * rows it rejects go through the schema, which says why. Stops at {@link MAX_ISSUES} issues, then
 * adds {@link MORE_ISSUES} if another row fails.
 */
export function rowIssues(
  rows: unknown,
  field: string,
  schema: RowSchema,
  isValid: (row: unknown) => boolean = () => false,
): IndicatorInputIssue[] {
  if (!Array.isArray(rows)) {
    return [
      { field, value: rows === null ? null : typeof rows, reason: 'expected an array of rows' },
    ];
  }
  if (rows.length === 0) {
    return [{ field, value: [], reason: 'empty input: at least one row is needed' }];
  }
  const issues: IndicatorInputIssue[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (isValid(row)) continue;
    const found = schemaIssues(schema, row, `${field}[${i}]`);
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

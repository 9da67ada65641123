import { WidgetError, type ErrorIssue } from './errors.js';
import { fetchUserFile, parseJson } from './fetch-text.js';

/** The part of a zod schema used to check one row. */
export interface RowSchema<T> {
  safeParse(value: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
}

/** At most this many issues are listed: a broken file should not fill the page. */
const MAX_LISTED = 20;

/** Checks that `value` is a non-empty array of rows that `schema` accepts, listing every bad field. */
export function validateRows<T>(value: unknown, schema: RowSchema<T>, origin: string): T[] {
  if (!Array.isArray(value)) {
    throw new WidgetError('invalid-data', `${origin}: expected an array of rows`, [
      {
        column: origin,
        value: value === null ? 'null' : typeof value,
        reason: 'expected a JSON array of rows',
      },
    ]);
  }
  if (value.length === 0) throw new WidgetError('empty', `${origin}: no rows`);
  const issues: ErrorIssue[] = [];
  const rows: T[] = [];
  value.forEach((row: unknown, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const column = issue.path.map(String).join('.');
        issues.push({
          row: i + 1,
          column,
          value: (row as Record<string, unknown> | null)?.[column],
          reason: issue.message,
        });
      }
  });
  if (issues.length > 0) {
    throw new WidgetError(
      'invalid-data',
      `${origin}: ${issues.length} invalid ${issues.length === 1 ? 'value' : 'values'}`,
      issues.slice(0, MAX_LISTED),
    );
  }
  return rows;
}

/**
 * Reads rows given as the `data` property or as a JSON file at `src`, checked against the schema
 * (loaded only when user data is given). CSV is read by the homicide widget only.
 */
export async function readJsonRows<T>(
  input: { data: unknown } | { src: string },
  loadSchema: () => Promise<RowSchema<T>>,
): Promise<T[]> {
  const [value, origin] = 'data' in input ? [input.data, 'data'] : await fetchJson(input.src);
  return validateRows(value, await loadSchema(), origin);
}

async function fetchJson(src: string): Promise<[unknown, string]> {
  const file = await fetchUserFile(src);
  if (file.format !== 'json') {
    throw new WidgetError('invalid-data', `${src} is not JSON`, [
      { column: 'src', value: src, reason: 'this widget reads a JSON array of rows' },
    ]);
  }
  return [parseJson(file.text, src), src];
}

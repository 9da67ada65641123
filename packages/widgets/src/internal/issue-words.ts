import { valueAt } from '@usmx/indicators';
import type { SchemaCheck } from '@usmx/indicators/errors';
import type { SchemaWords } from '../locales/issue-locale.js';
import type { ErrorIssue } from './errors.js';
import type { RowSchema } from './user-rows.js';

/** What zod passes an error map: the issue's code and the details its code carries. */
export type RawIssue = Omit<SchemaCheck, 'message'> & { readonly input?: unknown };

/**
 * A zod error map that words, with `words`, the issues a schema leaves without a message of its
 * own (`zod/mini` alone says only "Invalid input"): "expected number, got string", "se esperaba
 * número, se recibió texto".
 */
export function issueWords(words: SchemaWords): (issue: RawIssue) => string {
  const typeName = (type: string) => words.typeNames[type] ?? type;
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return words.type(typeName(issue.expected ?? ''), typeName(typeOf(issue.input)));
      case 'invalid_value': {
        const values = (issue.values ?? []).map((value) => JSON.stringify(value));
        return values.length === 1 ? words.value(values[0] ?? '') : words.oneOf(values.join(', '));
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const bound = String(small ? issue.minimum : issue.maximum);
        const unit = words.units[issue.origin ?? '']?.[bound === '1' ? 0 : 1];
        if (unit) return (small ? words.atLeast : words.atMost)(bound, unit);
        const sign = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
        return words.compare(sign, bound);
      }
      case 'invalid_format':
        return issue.pattern
          ? words.pattern(issue.pattern)
          : words.format(words.formats[issue.format ?? ''] ?? issue.format ?? words.invalid);
      case 'unrecognized_keys':
        return words.keys(issue.keys ?? []);
      default:
        return words.invalid;
    }
  };
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/**
 * Why a row failed a schema check, with `words`: the schema's own message in their language, else
 * the issue's code worded by them. In English that is the issue's message (the schema's own, or
 * the error map's); in Spanish no English words reach a widget, even from a check the table of
 * schema messages does not know.
 */
export function issueReason(
  issue: RawIssue & { readonly message: string },
  words: SchemaWords,
): string {
  return words.ownMessage(issue.message) ?? issueWords(words)(issue);
}

/** The issues `schema` finds in `value`, each at its field path (if any), worded with `words`. */
export function schemaIssues(
  value: unknown,
  schema: RowSchema<unknown>,
  words: SchemaWords,
): ErrorIssue[] {
  const parsed = schema.safeParse(value, { error: issueWords(words) });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const input = valueAt(value, issue.path);
    return {
      // a path names a field; none, the whole row or object
      ...(issue.path.length > 0 ? { column: issue.path.map(String).join('.') } : {}),
      value: input,
      reason: issueReason({ ...issue, input }, words),
    };
  });
}

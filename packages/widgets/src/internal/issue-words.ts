import { valueAt } from '@usmx/indicators';
import type { SchemaCheck } from '@usmx/indicators/errors';
import type { ErrorIssue } from './errors.js';
import type { Lang } from './i18n.js';
import type { RowSchema } from './user-rows.js';

/** What zod passes an error map: the issue's code and the details its code carries. */
export type RawIssue = Omit<SchemaCheck, 'message'> & { readonly input?: unknown };

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  en: { undefined: 'nothing', nan: 'NaN' },
  es: {
    string: 'texto',
    number: 'número',
    boolean: 'booleano',
    array: 'arreglo',
    object: 'objeto',
    null: 'nulo',
    undefined: 'nada',
    nan: 'NaN',
    bigint: 'entero grande',
  },
};

/** A length's unit, singular and plural, by what is measured. */
type Units = Record<string, readonly [string, string]>;

const WORDS = {
  en: {
    type: (expected: string, received: string) => `expected ${expected}, got ${received}`,
    value: (value: string) => `expected ${value}`,
    oneOf: (values: string) => `expected one of ${values}`,
    atLeast: (n: string, unit: string) => `must have at least ${n} ${unit}`,
    atMost: (n: string, unit: string) => `must have at most ${n} ${unit}`,
    compare: (sign: string, n: string) => `must be ${sign} ${n}`,
    pattern: (pattern: string) => `must match ${pattern}`,
    format: (format: string) => `expected the ${format} format`,
    keys: (keys: string) => `unknown ${keys.includes(',') ? 'keys' : 'key'}: ${keys}`,
    units: { string: ['character', 'characters'], array: ['item', 'items'] } as Units,
    formats: {} as Record<string, string>,
    invalid: 'invalid value',
  },
  es: {
    type: (expected: string, received: string) => `se esperaba ${expected}, se recibió ${received}`,
    value: (value: string) => `se esperaba ${value}`,
    oneOf: (values: string) => `se esperaba uno de ${values}`,
    atLeast: (n: string, unit: string) => `debe tener al menos ${n} ${unit}`,
    atMost: (n: string, unit: string) => `debe tener como máximo ${n} ${unit}`,
    compare: (sign: string, n: string) => `debe ser ${sign} ${n}`,
    pattern: (pattern: string) => `debe seguir el patrón ${pattern}`,
    format: (format: string) => `se esperaba el formato ${format}`,
    keys: (keys: string) =>
      `${keys.includes(',') ? 'claves desconocidas' : 'clave desconocida'}: ${keys}`,
    units: { string: ['carácter', 'caracteres'], array: ['elemento', 'elementos'] } as Units,
    formats: {
      date: 'fecha (AAAA-MM-DD)',
      datetime: 'fecha y hora',
      time: 'hora',
      email: 'correo electrónico',
    } as Record<string, string>,
    invalid: 'valor no válido',
  },
};

/**
 * A zod error map that words, in `lang`, the issues a schema leaves without a message of its own
 * (`zod/mini` alone says only "Invalid input"): "expected number, got string", "se esperaba
 * número, se recibió texto".
 */
export function issueWords(lang: Lang): (issue: RawIssue) => string {
  const words = WORDS[lang];
  const typeName = (type: string) => TYPE_NAMES[lang][type] ?? type;
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
        return words.keys((issue.keys ?? []).join(', '));
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
 * Spanish for the messages `@usmx/data` schemas give their own checks, which zod keeps over any
 * error map.
 */
const SCHEMA_MESSAGES_ES: Readonly<Record<string, string>> = {
  'count must be a whole number': 'el conteo debe ser un número entero',
  'count must not be negative': 'el conteo no puede ser negativo',
  'expected MX or an ISO 3166-2 code like MX-CHH':
    'se esperaba MX o un código ISO 3166-2 como MX-CHH',
  'expected YYYY, YYYY-MM or YYYY-MM-DD': 'se esperaba AAAA, AAAA-MM o AAAA-MM-DD',
  'expected YYYY-MM': 'se esperaba AAAA-MM',
  'expected lowercase letters, digits and -': 'se esperaban minúsculas, dígitos y -',
  'month must be 1-12': 'el mes debe estar entre 1 y 12',
  'month must be a whole number': 'el mes debe ser un número entero',
  'must not be negative': 'no puede ser negativo',
  'percent must be <= 100': 'el porcentaje debe ser <= 100',
  'percent must be >= 0': 'el porcentaje debe ser >= 0',
  'sourceId must not be empty': 'sourceId no puede estar vacío',
  'url must be http(s)': 'la URL debe ser http(s)',
  'year must be a whole number': 'el año debe ser un número entero',
  'a claim not in English needs an English rendering':
    'una afirmación que no está en inglés necesita una versión en inglés',
  'low must not be above high': 'low no puede ser mayor que high',
};

/**
 * Why a row failed a schema check, in `lang`. In English, the issue's message (the schema's own,
 * or the error map's). In Spanish, the translation of the schema's own message, else the issue's
 * code worded in Spanish: no English words reach a Spanish widget, even from a check this table
 * does not know.
 */
export function issueReason(issue: RawIssue & { readonly message: string }, lang: Lang): string {
  if (lang === 'en') return issue.message;
  return SCHEMA_MESSAGES_ES[issue.message] ?? issueWords(lang)(issue);
}

/** The issues `schema` finds in `value`, each at its field path (if any), worded in `lang`. */
export function schemaIssues(value: unknown, schema: RowSchema<unknown>, lang: Lang): ErrorIssue[] {
  const parsed = schema.safeParse(value, { error: issueWords(lang) });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const input = valueAt(value, issue.path);
    return {
      // a path names a field; none, the whole row or object
      ...(issue.path.length > 0 ? { column: issue.path.map(String).join('.') } : {}),
      value: input,
      reason: issueReason({ ...issue, input }, lang),
    };
  });
}

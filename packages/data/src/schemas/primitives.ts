import * as z from 'zod/mini';
import { ISO_DATE, REGION_CODE } from '../patterns.js';

/** ISO 3166 / 3166-2 code: `MX` for Mexico as a whole, `MX-CHH` style for its 32 states. */
export const regionCode = z
  .string()
  .check(z.regex(REGION_CODE, 'expected MX or an ISO 3166-2 code like MX-CHH'));

/** Identifier of a row in `sources`, e.g. `INEGI_REGISTRATION_CUBE`. */
export const sourceId = z.string().check(z.minLength(1, 'sourceId must not be empty'));

/** A calendar date `YYYY-MM-DD`, or a coarser `YYYY-MM` / `YYYY` where the source gives no day. */
export const isoDate = z.string().check(z.regex(ISO_DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

/** A whole calendar year, 1900-2100. */
export const year = z
  .number()
  .check(z.int('year must be a whole number'), z.gte(1900), z.lte(2100));

/** A calendar month, 1 (January) to 12 (December). */
export const month = z
  .number()
  .check(
    z.int('month must be a whole number'),
    z.gte(1, 'month must be 1-12'),
    z.lte(12, 'month must be 1-12'),
  );

/** A count of people or cases: a non-negative whole number. */
export const count = z
  .number()
  .check(z.int('count must be a whole number'), z.gte(0, 'count must not be negative'));

/** A percentage in [0, 100]. */
export const percent = z
  .number()
  .check(z.gte(0, 'percent must be >= 0'), z.lte(100, 'percent must be <= 100'));

/**
 * How far a row was checked against stored public material: `true` read there,
 * `partial` read but a part (year, wording, parentage) is inferred, `false` not found (kept to be checked).
 */
export const verified = z.enum(['true', 'partial', 'false']);

/** Text in English and Spanish: `{ en, es }`, the dataset's one convention for text in both languages. */
export const bilingual = z.object({ en: z.string(), es: z.string() });
/** Text in English and Spanish (`title.en`, `title.es`). */
export type Bilingual = z.infer<typeof bilingual>;

/**
 * Text in English and, where given, Spanish: `{ en, es? }`. The dataset gives `es` wherever it has
 * a rendering; rows a user supplies may leave it out.
 */
export const englishWithSpanish = z.object({ en: z.string(), es: z.optional(z.string()) });
/** Text in English and, where given, Spanish (`measure.en`, `measure.es`). */
export type EnglishWithSpanish = z.infer<typeof englishWithSpanish>;

import * as z from 'zod/mini';
import { REGION_CODE } from '../patterns.js';
import { bilingual, isoDate, sourceId } from './primitives.js';

/** A full citation. Every figure in the dataset points to one of these through `sourceId`. */
export const sourceSchema = z.object({
  id: sourceId,
  title: z.string().check(z.minLength(1)),
  publisher: z.string(),
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD); absent where the source gives none. */
  date: z.optional(isoDate),
  /** http(s) address where the source (or the page we read it on) is found. */
  url: z.optional(z.string().check(z.regex(/^https?:\/\//, 'url must be http(s)'))),
  /** License or terms of use, in the source's words where it states them. */
  license: z.string(),
  /** The exact sentence used, where one exists. */
  quote: z.optional(z.string()),
  /** The secondary page we read the figure on, when we did not read the primary. */
  viaSourceId: z.optional(sourceId),
  /** What the dataset takes from this source, and how it was read. */
  notes: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

/** Mexico or one of its 32 states. */
export const regionSchema = z.object({
  /** `MX` or ISO 3166-2 (`MX-CHH`). */
  code: z.string().check(z.regex(REGION_CODE)),
  /** INEGI `cve_ent`: `00` for the nation, `01`-`32` for states. */
  inegiCode: z.string().check(z.regex(/^\d{2}$/)),
  /** `{ en: 'Mexico City', es: 'Ciudad de México' }`. */
  name: bilingual,
  level: z.enum(['country', 'state']),
});
export type Region = z.infer<typeof regionSchema>;

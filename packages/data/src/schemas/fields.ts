import * as z from 'zod/mini';
import { verified, year } from './primitives.js';

// Field groups several row schemas share, spread into their `z.object` shapes. Internal: the
// schemas index does not re-export this module.

/** The year a row describes (not its publication year), and the last year when it is a span. */
export const yearSpanFields = {
  /** The first (or only) year. */
  refYear: year,
  /** Last year, when the source gives a span (`2020-2022`) or leaves it between two (`2014/2015`). */
  refYearTo: z.optional(year),
};

/** How a cited row stands against its source: the passage quoted, how far it was checked, notes. */
export const citationFields = {
  quote: z.optional(z.string()),
  verified,
  notes: z.optional(z.string()),
};

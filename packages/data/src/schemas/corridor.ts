import * as z from 'zod/mini';
import { englishWithSpanish, percent, sourceId, verified, year } from './primitives.js';

/**
 * One published estimate of the share of U.S.-bound cocaine on a route. Disagreeing sources are
 * separate rows; nothing is averaged.
 */
export const corridorObservationSchema = z.object({
  id: z.string(),
  /** The year the estimate describes (not the publication year); the first year of a span. */
  refYear: year,
  /** Last year, when the source gives a span (`2020-2022`) or leaves it between two (`2014/2015`). */
  refYearTo: z.optional(year),
  /**
   * `calendar year`, `first half`, or the source's own wording; `es`: the dataset's own rendering
   * (`raw/corridor/periods-es.csv`).
   */
  period: englishWithSpanish,
  /** Route label, e.g. `mexico_central_america`, `caribbean`, `eastern_pacific (vector)`. */
  route: z.string().check(z.minLength(1)),
  pctLow: percent,
  pctHigh: percent,
  /** The source's wording of the figure ("approximately 95 percent"). */
  pctText: z.string(),
  /** What the percent is a share of; `es`: the dataset's own rendering (`raw/corridor/measures-es.csv`). */
  measure: englishWithSpanish,
  /** Who gives the figure; `es`: the dataset's own rendering (`raw/corridor/reported-by-es.csv`). */
  reportedBy: englishWithSpanish,
  sourceId,
  viaSourceId: z.optional(sourceId),
  quote: z.optional(z.string()),
  verified,
  notes: z.optional(z.string()),
});
export type CorridorObservation = z.infer<typeof corridorObservationSchema>;

/**
 * A qualitative statement about a route (no percent given), e.g. "the Southwest Border remains the
 * primary entry point". Kept so that nothing the sources say is dropped; never charted as a share.
 */
export const corridorStatementSchema = z.object({
  id: z.string(),
  refYear: year,
  refYearTo: z.optional(year),
  /** As in {@link corridorObservationSchema}. */
  period: englishWithSpanish,
  route: z.string().check(z.minLength(1)),
  /** The source's wording. */
  text: z.string(),
  measure: englishWithSpanish,
  reportedBy: englishWithSpanish,
  sourceId,
  viaSourceId: z.optional(sourceId),
  quote: z.optional(z.string()),
  verified,
  notes: z.optional(z.string()),
});
export type CorridorStatement = z.infer<typeof corridorStatementSchema>;

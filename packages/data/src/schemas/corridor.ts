import * as z from 'zod/mini';
import { citationFields, yearSpanFields } from './fields.js';
import { englishWithSpanish, percent, sourceId } from './primitives.js';

/** The fields a corridor observation and statement share before the figure or wording. */
const corridorRowStart = {
  id: z.string(),
  /** `refYear`: the year the estimate describes (not the publication year); the first of a span. */
  ...yearSpanFields,
  /**
   * `calendar year`, `first half`, or the source's own wording; `es`: the dataset's own rendering
   * (`raw/corridor/periods-es.csv`).
   */
  period: englishWithSpanish,
  /** Route label, e.g. `mexico_central_america`, `caribbean`, `eastern_pacific (vector)`. */
  route: z.string().check(z.minLength(1)),
};

/** The fields a corridor observation and statement share after the figure or wording. */
const corridorRowEnd = {
  /** What the percent is a share of; `es`: the dataset's own rendering (`raw/corridor/measures-es.csv`). */
  measure: englishWithSpanish,
  /** Who gives the figure; `es`: the dataset's own rendering (`raw/corridor/reported-by-es.csv`). */
  reportedBy: englishWithSpanish,
  sourceId,
  viaSourceId: z.optional(sourceId),
  ...citationFields,
};

/**
 * One published estimate of the share of U.S.-bound cocaine on a route. Disagreeing sources are
 * separate rows; nothing is averaged.
 */
export const corridorObservationSchema = z.object({
  ...corridorRowStart,
  pctLow: percent,
  pctHigh: percent,
  /** The source's wording of the figure ("approximately 95 percent"). */
  pctText: z.string(),
  ...corridorRowEnd,
});
export type CorridorObservation = z.infer<typeof corridorObservationSchema>;

/**
 * A qualitative statement about a route (no percent given), e.g. "the Southwest Border remains the
 * primary entry point". Kept so that nothing the sources say is dropped; never charted as a share.
 */
export const corridorStatementSchema = z.object({
  ...corridorRowStart,
  /** The source's wording. */
  text: z.string(),
  ...corridorRowEnd,
});
export type CorridorStatement = z.infer<typeof corridorStatementSchema>;

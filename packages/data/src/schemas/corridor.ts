import * as z from 'zod/mini';
import { percent, sourceId, verified, year } from './primitives.js';

/**
 * One published estimate of the share of U.S.-bound cocaine on a route. Disagreeing sources are
 * separate rows; nothing is averaged.
 */
export const corridorObservationSchema = z.object({
  id: z.string(),
  /** The year the estimate describes (not the publication year). */
  refYear: year,
  /** `calendar year`, `first half`, or the source's own wording. */
  period: z.string(),
  /** Route label, e.g. `mexico_central_america`, `caribbean`, `eastern_pacific (vector)`. */
  route: z.string().check(z.minLength(1)),
  pctLow: percent,
  pctHigh: percent,
  /** The source's wording of the figure ("approximately 95 percent"). */
  pctText: z.string(),
  /** What the percent is a share of. */
  measure: z.string(),
  reportedBy: z.string(),
  sourceId,
  viaSourceId: z.optional(sourceId),
  quote: z.optional(z.string()),
  verified,
  notes: z.optional(z.string()),
});
export type CorridorObservation = z.infer<typeof corridorObservationSchema>;

import type { CorridorObservation } from '@usmx/data/schemas';
import { balloonOf } from './balloon.js';
import { schemaChecked } from './observation-checks.js';
import type { BalloonEffect, BalloonEffectOptions } from './types.js';

export { balloonEffectOfValidRows, balloonEffectOptionIssues } from './balloon.js';

/**
 * Did the Caribbean share of U.S.-bound cocaine rise by at least `thresholdPp` percentage points
 * while the Mexico/Central America corridor share fell? Answered end to end (`from` against
 * `to`) and for every pair of years in between where both routes are reported, because the
 * answer depends on the years compared (`windowDependent`).
 *
 * Each year is the range of its published figures (percent); a change is a range too (lowest
 * possible to highest possible, in percentage points), so a finding is `yes` or `no` only when
 * every figure agrees. Figures for a span of years are not used. Years without a figure give
 * `unknown`; nothing is interpolated and
 * different measures are not reconciled (each point carries its measure and source).
 *
 * @throws {IndicatorInputError} on invalid rows, bad options (see
 * {@link balloonEffectOptionIssues}), or a route without figures.
 *
 * @example
 * ```ts
 * import { corridorObservations } from '@usmx/data';
 * import { balloonEffect } from '@usmx/indicators/corridor-share';
 *
 * const effect = balloonEffect(corridorObservations, { from: 2010, to: 2016, thresholdPp: 5 });
 * effect.endToEnd.corridor.changePp; // { low: -5, high: -5 }: 95% -> 90%
 * effect.largestSwing?.caribbean.changePp; // { low: 9, high: 11 }: 5% (2010) -> 14-16% (2013)
 * ```
 */
export function balloonEffect(
  observations: readonly CorridorObservation[],
  options: BalloonEffectOptions,
): BalloonEffect {
  return balloonOf(observations, options, schemaChecked);
}

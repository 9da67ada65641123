import type { ClaimDirection, ClaimReading, ValueRange } from './types.js';
import { span } from './format.js';

/** The claimed range (`high: null` for "or more"), widened by the tolerance the claim allows. */
export interface ClaimedWithTolerance {
  low: number;
  high: number | null;
  tolerance: number;
  /** The claimed figure's unit: only own figures in it are compared (`percent`, `groups`). */
  unit: string;
}

/** Which way one figure lies from the claimed range: above it, below it, or within the tolerance. */
function sideOf(value: ValueRange, claimed: ClaimedWithTolerance): ClaimDirection {
  if (claimed.high !== null && value.low > claimed.high + claimed.tolerance) return 'understated';
  if (value.high < claimed.low - claimed.tolerance) return 'overstated';
  return 'matches';
}

/** The readings now under the claim's own definition that carry a figure (in `unit`, if given). */
export function ownFigures(now: readonly ClaimReading[], unit?: string): ClaimReading[] {
  return now.filter(
    (reading) =>
      reading.sameDefinition &&
      reading.value !== null &&
      (unit === undefined || reading.unit === unit),
  );
}

/**
 * Which way the claim departs from the figures under its own definition, now:
 * - a claimed figure: `understated` when every own figure is above the claimed range (beyond the
 *   tolerance), `overstated` when every one is below it, `matches` when every one is within;
 * - a claim with no figure (a record): `matches` when every own reading that can say agrees,
 *   `overstated` when none does (the claim said more than happened);
 * - `null` when the own figures split, or none can say.
 */
export function directionOf(
  now: readonly ClaimReading[],
  claimed: ClaimedWithTolerance | null,
): ClaimDirection | null {
  const sides = claimed
    ? ownFigures(now, claimed.unit).map((reading) => sideOf(reading.value!, claimed))
    : now
        .filter((reading) => reading.sameDefinition && reading.agrees !== null)
        .map((reading): ClaimDirection => (reading.agrees ? 'matches' : 'overstated'));
  const distinct = new Set(sides);
  return distinct.size === 1 ? [...distinct][0]! : null;
}

/**
 * The range of the own figures now (in the claimed figure's unit when there is one), when they
 * share one unit: victims and case files are never mixed.
 */
export function ownRangeOf(
  now: readonly ClaimReading[],
  unit?: string,
): { range: ValueRange; unit: string } | null {
  const own = ownFigures(now, unit);
  if (own.length === 0 || new Set(own.map((reading) => reading.unit)).size > 1) return null;
  return { range: span(own.map((reading) => reading.value!)), unit: own[0]!.unit };
}

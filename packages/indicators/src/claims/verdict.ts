import type { ClaimVerdict } from '@usmx/data/schemas';
import type { ClaimReading } from './types.js';

/**
 * The verdict from the readings, one written table for every kind of claim (the method docs page
 * prints it). Only readings that count (the claim's own definition, or another plausible one) and
 * can say (`agrees` not `null`) are looked at; readings for context never decide.
 *
 * | readings under the claim's own definition | under other plausible definitions | verdict |
 * | --- | --- | --- |
 * | none that can say | none that can say | `cannot be checked` |
 * | all agree | none disagrees | `supported` |
 * | all agree | some disagree | `depends on definition` |
 * | some agree, some do not | any | `partly supported` |
 * | none agrees | none agrees | `not supported` |
 * | none agrees | some agree | `depends on definition` |
 * | none that can say | all agree | `supported` |
 * | none that can say | none agrees | `not supported` |
 * | none that can say | some agree, some do not | `depends on definition` |
 */
export function verdictOf(readings: readonly ClaimReading[]): ClaimVerdict {
  const decided = readings.filter((reading) => reading.counted && reading.agrees !== null);
  if (decided.length === 0) return 'cannot be checked';
  const own = decided.filter((reading) => reading.sameDefinition);
  const other = decided.filter((reading) => !reading.sameDefinition);
  const otherAgree = other.some((reading) => reading.agrees);
  const otherDisagree = other.some((reading) => !reading.agrees);
  if (own.length === 0) {
    if (otherAgree && otherDisagree) return 'depends on definition';
    return otherAgree ? 'supported' : 'not supported';
  }
  const ownAgree = own.filter((reading) => reading.agrees).length;
  if (ownAgree === own.length) return otherDisagree ? 'depends on definition' : 'supported';
  if (ownAgree === 0) return otherAgree ? 'depends on definition' : 'not supported';
  return 'partly supported';
}

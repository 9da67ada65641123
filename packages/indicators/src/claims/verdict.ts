import type { ClaimVerdict } from '@usmx/data/schemas';
import type { ClaimReading } from './types.js';

/**
 * The verdict from the readings, the same rule for every kind of claim:
 * - the readings under the claim's own definition decide: all agree, `supported`; some,
 *   `partly supported`; none, `not supported`;
 * - but when readings under other definitions reach the other answer (agree where the claim's own
 *   disagree, or the reverse), `depends on definition`;
 * - with no reading under the claim's definition, agreement under another is `depends on
 *   definition` and none is `not supported`;
 * - with no reading at all that can say, `cannot be checked`.
 */
export function verdictOf(readings: readonly ClaimReading[]): ClaimVerdict {
  const decided = readings.filter((reading) => reading.agrees !== null);
  const own = decided.filter((reading) => reading.sameDefinition);
  const other = decided.filter((reading) => !reading.sameDefinition);
  if (decided.length === 0) return 'cannot be checked';
  const otherAgree = other.some((reading) => reading.agrees);
  const otherDisagree = other.some((reading) => !reading.agrees);
  if (own.length === 0) return otherAgree ? 'depends on definition' : 'not supported';
  const ownAgree = own.filter((reading) => reading.agrees).length;
  if (ownAgree === own.length) return otherDisagree ? 'depends on definition' : 'supported';
  if (ownAgree === 0) return otherAgree ? 'depends on definition' : 'not supported';
  return 'partly supported';
}

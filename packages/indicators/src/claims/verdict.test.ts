import { describe, expect, it } from 'vitest';
import type { ClaimReading } from './types.js';
import { verdictOf } from './verdict.js';

/** A reading with only what the verdict looks at. */
function reading(sameDefinition: boolean, agrees: boolean | null, counted = true): ClaimReading {
  return {
    id: 'x',
    kind: 'series',
    label: { en: 'x', es: 'x' },
    asOf: 'latest',
    vintage: null,
    value: agrees === null ? null : { low: 1, high: 1 },
    unit: 'percent',
    sameDefinition,
    counted,
    agrees,
    sourceIds: [],
  };
}

const own = (agrees: boolean | null) => reading(true, agrees);
const other = (agrees: boolean | null) => reading(false, agrees);
const context = (agrees: boolean | null) => reading(false, agrees, false);

describe('verdictOf', () => {
  it.each([
    ['no reading', [], 'cannot be checked'],
    ['only undecided readings', [own(null), other(null)], 'cannot be checked'],
    ['every own reading agrees', [own(true), own(true)], 'supported'],
    ['own agree, others agree too', [own(true), other(true)], 'supported'],
    ['no own reading agrees', [own(false), own(false), other(false)], 'not supported'],
    ['some own readings agree', [own(true), own(false)], 'partly supported'],
    [
      'own agree but another definition disagrees',
      [own(true), other(false)],
      'depends on definition',
    ],
    [
      'own disagree but another definition agrees',
      [own(false), other(true)],
      'depends on definition',
    ],
    ['only other definitions, some agree', [other(true), other(false)], 'depends on definition'],
    ['only other definitions, none agrees', [other(false)], 'not supported'],
    // every reading agrees: the answer does not depend on the definition
    ['only other definitions, all agree', [other(true), other(true)], 'supported'],
    [
      'some own agree, whatever the others say',
      [own(true), own(false), other(true)],
      'partly supported',
    ],
    ['undecided own readings do not count', [own(null), own(true)], 'supported'],
    // readings for context measure something the claim did not mean: they never decide
    ['only context readings', [context(false), context(true)], 'cannot be checked'],
    ['context does not turn supported into depends', [own(true), context(false)], 'supported'],
  ] as const)('%s: %s', (_, readings, verdict) => {
    expect(verdictOf(readings)).toBe(verdict);
  });

  it('does not depend on the order of the readings', () => {
    const readings = [own(true), other(false), own(false), other(true)];
    expect(verdictOf([...readings].reverse())).toBe(verdictOf(readings));
  });
});

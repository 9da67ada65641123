import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzTarget } from '../../../../scripts/fuzz.js';
import { targets } from './targets.js';

/**
 * The CI subset of `pnpm fuzz`: a fixed seed, 150 calls per indicator (checkClaim, which reads
 * the package's tables, 40).
 */
describe.each(targets)('$name on generated arguments', (target) => {
  it('gives a finite result or an IndicatorInputError, never another exception', async () => {
    const tally = await fuzzTarget(
      target,
      (arbitrary, seed, runs) => fc.sample(arbitrary, { seed, numRuns: runs }),
      { runs: target.name === 'checkClaim' ? 40 : 150, seed: 18 },
    );
    expect(tally.failures).toEqual([]);
  });
});

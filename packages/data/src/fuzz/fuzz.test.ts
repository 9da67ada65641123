import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzTarget } from '../../../../scripts/fuzz.js';
import { targets } from './targets.js';

/**
 * The CI subset of `pnpm fuzz`: a fixed seed, and as many cases per parser as run in about two
 * seconds (a case of the SESNSP parser reads the whole official sample, 392 rows).
 */
const runs: Record<string, number> = { parseLongCsv: 300, parseSesnspStateCsv: 100 };

describe.each(targets)('$name on generated files and arguments', (target) => {
  it('gives a result or a DataValidationError, never a silent shift or a rejected valid file', async () => {
    const tally = await fuzzTarget(
      target,
      (arbitrary, seed, runs) => fc.sample(arbitrary, { seed, numRuns: runs }),
      { runs: runs[target.name]!, seed: 18 },
    );
    expect(tally.failures).toEqual([]);
    // the cases reach both ends: files read and files rejected
    expect(tally.counts.result).toBeGreaterThan(0);
    expect(tally.counts['typed error']).toBeGreaterThan(0);
  });
});

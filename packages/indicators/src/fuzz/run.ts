/**
 * `pnpm fuzz` for the indicators: `tsx src/fuzz/run.ts [--runs 10000] [--seed N]` calls each
 * indicator with that many generated arguments and prints the count of each outcome (see
 * `scripts/fuzz.ts`).
 */
import fc from 'fast-check';
import { fuzzMain } from '../../../../scripts/fuzz.js';
import { targets } from './targets.js';

await fuzzMain(targets, (arbitrary, seed, runs) => fc.sample(arbitrary, { seed, numRuns: runs }));

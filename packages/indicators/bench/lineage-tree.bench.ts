/**
 * Benchmark: `lineageTree` on one chain of splits (each organization split from the one before),
 * the deepest tree n organizations can make, at 8,000 and 16,000 organizations; and whether its
 * result goes through `JSON.stringify`. Run with `npx tsx bench/lineage-tree.bench.ts`.
 */
import { lineageTree } from '../src/splinter-count/lineage-tree.js';
import { org } from '../src/splinter-count/fixtures.js';

for (const n of [8000, 16000]) {
  const organizations = Array.from({ length: n }, (_, i) =>
    org(`O${i}`, 1900, i === 0 ? {} : { parentIds: [`O${i - 1}`] }),
  );
  const start = performance.now();
  const tree = lineageTree(organizations);
  const ms = performance.now() - start;
  let serialised: string;
  try {
    serialised = `${JSON.stringify(tree).length} characters of JSON`;
  } catch (error) {
    serialised = `JSON.stringify throws ${String(error)}`;
  }
  console.log(`${n} organizations in one chain: ${Math.round(ms)} ms; ${serialised}`);
}

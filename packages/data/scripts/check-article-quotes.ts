/**
 * Checks the claims that quote the 2017 article against its text, which sits outside the
 * repository: `pnpm --filter @usmx/data check:article [path]` (default: the `shared/article/`
 * folder beside the repository). Exits 1, listing each problem, when a quotation is not the
 * article's own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claims } from '../src/claims.js';
import { quoteProblems } from './article-quotes.js';

const path =
  process.argv[2] ??
  join(
    import.meta.dirname,
    '../../../../shared/article/rethinking-us-mexico-security-strategy.txt',
  );
const quoting = claims.filter((claim) => claim.sourceId === 'WILSON_2017');
const problems = quoteProblems(quoting, readFileSync(path, 'utf8'));
for (const problem of problems) console.error(problem);
console.log(`${quoting.length} claims quote the article; ${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;

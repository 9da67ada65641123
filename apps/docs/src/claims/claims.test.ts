// The article page takes every verdict and sentence from checkClaim; expected values come from the
// article's README (date, quotes) and packages/data/raw/homicides/FACTS.md and SOURCES.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkClaim } from '@usmx/indicators/claims';
import { describe, expect, it } from 'vitest';
import { articleClaims, firstYear, readingRows, recordCharts } from './claims.js';

const page = readFileSync(join(import.meta.dirname, 'claims.mdx'), 'utf8');

describe('the article page', () => {
  it('checks each of the five article claims with checkClaim, no verdict computed a second way', () => {
    expect(articleClaims).toHaveLength(5);
    for (const claim of articleClaims)
      expect(page).toContain(`<docs-claim-readings claim="${claim.id}">`);
    // no indicator is imported by the page: its numbers all come from checkClaim's readings
    expect(page).not.toMatch(/from '@usmx\/indicators/);
  });

  it('draws the record claim with long series: INEGI registrations from 1990, case files from 1997', () => {
    expect(recordCharts.map(firstYear)).toEqual([1990, 1997]);
  });

  it("lists the readings with the claim's date first: victims on 18 May 2017, Jan-Mar +33.0%", async () => {
    const check = await checkClaim(articleClaims.find((c) => c.id === 'homicides-ytd-2017'));
    const rows = readingRows(check, (reading) => reading.value?.low.toFixed(1) ?? '—');
    const victims = rows.find(
      (row) => row.when.startsWith('as published 2017-05-18') && row.value === '33.0',
    );
    // SOURCES.md: the 2017-04-21 vintage gives Jan-Mar 6,511 vs 4,896 (+33.0%)
    expect(victims).toMatchObject({
      when: 'as published 2017-05-18 (release 2017-04-21)',
      definition: 'own',
      agrees: 'no',
    });
    expect(rows.filter((row) => row.when.startsWith('latest')).length).toBe(check.now.length);
  });
});

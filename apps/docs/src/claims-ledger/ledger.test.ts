import { claims } from '@usmx/data/claims';
import { claimVerdict } from '@usmx/data/schemas';
import { describe, expect, it } from 'vitest';
import { ledgerRows, verdictCounts } from './ledger.js';

describe('the claims ledger page', () => {
  it('checks every claim of the table, in order, with a verdict from the vocabulary', async () => {
    const rows = await ledgerRows();
    expect(rows.map((row) => row.claim.id)).toEqual(claims.map((claim) => claim.id));
    for (const row of rows) {
      expect(claimVerdict.options).toContain(row.check.verdict);
      expect(row.where.length).toBeGreaterThan(0);
    }
    const counts = verdictCounts(rows);
    expect(counts.reduce((sum, [, count]) => sum + count, 0)).toBe(claims.length);
    // raw/homicides/FACTS.md: no SESNSP intentional-homicide series gives about +25% (they give +30% to +33%)
    expect(rows.find((row) => row.claim.id === 'homicides-ytd-2017')?.check.verdict).toBe(
      'not supported',
    );
    // the article's record: INEGI 32,079 in 2017 vs 27,213 in 2011
    expect(rows.find((row) => row.claim.id === 'homicide-record-2017')?.check.verdict).toBe(
      'supported',
    );
    // FACTS.md: every own figure (+30.7% to +32.7%) is above the claimed +25%: understated
    expect(rows.find((row) => row.claim.id === 'homicides-ytd-2017')?.check.direction).toBe(
      'understated',
    );
  });
});

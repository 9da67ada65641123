// The claims ledger: every claim resolves to its source, and every claimed figure is the one its
// source row records (no figure typed in twice); the article's claims quote it word for word.
import { describe, expect, it } from 'vitest';
import { claimById, claims } from './claims.js';
import { corridorObservations, publishedGroupCounts } from './index.js';
import { claimSchema } from './schemas/claims.js';
import { sourceById } from './sources.js';

describe('claims', () => {
  it("seeds the five claims of the 2017 article and the officials' claims", () => {
    const article = claims.filter((claim) => claim.sourceId === 'WILSON_2017');
    expect(article.map((claim) => claim.test.indicator).sort()).toEqual([
      'balloon-effect',
      'corridor-share',
      'group-count',
      'homicide-record',
      'homicide-ytd-change',
    ]);
    expect(claims.length).toBeGreaterThan(article.length);
  });

  it('every row passes the schema, ids are unique, sources resolve', () => {
    expect(claims.filter((claim) => !claimSchema.safeParse(claim).success)).toEqual([]);
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
    expect(claims.filter((claim) => sourceById(claim.sourceId) === undefined)).toEqual([]);
  });

  it('a Spanish claim carries an English rendering; the schema refuses one without', () => {
    const spanish = claims.filter((claim) => claim.language === 'es');
    expect(spanish.length).toBeGreaterThan(0);
    for (const claim of spanish) expect(claim.wordingEn).toBeTruthy();
    const { wordingEn: _dropped, ...bare } = spanish[0]!;
    const result = claimSchema.safeParse(bare);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['wordingEn']);
  });

  it('the schema names a bad test parameter', () => {
    const claim = claimById('homicides-ytd-2017')!;
    const result = claimSchema.safeParse({ ...claim, test: { ...claim.test, asOf: '2017-13' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['test', 'asOf']);
    const unknown = claimSchema.safeParse({ ...claim, test: { indicator: 'horoscope' } });
    expect(unknown.success).toBe(false);
  });

  it('a corridor claim states the percent its own row records', () => {
    for (const claim of claims) {
      const test = claim.test;
      const rows = corridorObservations.filter((row) => claim.rowIds.includes(row.id));
      if (rows.length === 0) continue;
      if (test.indicator !== 'corridor-share' && test.indicator !== 'balloon-effect')
        throw new Error(`${claim.id}: corridor rows for a ${test.indicator} test`);
      const claimed = test.indicator === 'balloon-effect' ? test.claimedToPct! : test.claimed;
      for (const row of rows)
        expect([row.pctLow, row.pctHigh]).toEqual([claimed.low, claimed.high]);
    }
  });

  it('a count claim states the count its own row records (low, and high unless open-ended)', () => {
    for (const claim of claims) {
      const rows = publishedGroupCounts.filter((row) => claim.rowIds.includes(row.id));
      if (rows.length === 0) continue;
      if (claim.test.indicator !== 'group-count') throw new Error(claim.id);
      const test = claim.test;
      for (const row of rows)
        expect([row.countLow, row.countHigh]).toEqual([test.claimed.low, test.claimed.high]);
    }
  });

  it('every claimed number appears in the wording (digits or words)', () => {
    const words: Record<number, string[]> = {
      2: ['two', 'dos'],
      9: ['nine', 'nueve'],
    };
    for (const claim of claims) {
      const test = claim.test;
      const claimed =
        test.indicator === 'balloon-effect'
          ? test.claimedToPct
          : test.indicator === 'homicide-record'
            ? undefined
            : test.claimed;
      if (!claimed) continue;
      const spelled = [String(claimed.low), ...(words[claimed.low] ?? [])];
      expect(
        spelled.some((text) => new RegExp(`\\b${text}\\b`, 'i').test(claim.wording)),
        `${claim.id}: ${claimed.low} in "${claim.wording}"`,
      ).toBe(true);
    }
  });

  describe("the 2017 article's claims", () => {
    // the article's text sits outside the repository (quoted, never copied): its words are checked
    // by `pnpm --filter @usmx/data check:article` (scripts/article-quotes.ts, tested below)
    const article = claims.filter((claim) => claim.sourceId === 'WILSON_2017');

    it('are dated 18 May 2017, verified, and say which paragraph they quote', () => {
      expect(article).toHaveLength(5);
      for (const claim of article) {
        expect(claim.date, claim.id).toBe('2017-05-18');
        expect(claim.verified, claim.id).toBe('true');
        expect(claim.location, claim.id).toMatch(/begins "[^"]+"/);
      }
    });

    it('keep their provenance in the claim row, no observation row recording them', () => {
      for (const claim of article) {
        expect(claim.rowIds, claim.id).toEqual([]);
        expect(claim.notes, claim.id).toMatch(/word for word/);
      }
    });
  });

  it('says which definitions count as the claim’s own, as data (a record claim covers INEGI deaths)', () => {
    for (const claim of claims)
      expect(claim.test.definitions.own.length, claim.id).toBeGreaterThan(0);
    expect(claimById('homicide-record-2017')!.test.definitions.own).toEqual([
      'intentional-homicide',
      'intentional-homicide-and-feminicide',
    ]);
  });

  it('claimById finds a claim and returns undefined for an unknown id', () => {
    expect(claimById('corridor-share-2010')?.test).toMatchObject({ refYear: 2010 });
    expect(claimById('no-such-claim')).toBeUndefined();
  });
});

/** Users' own claims and data, and bad input. Expected values are computed by hand in each test. */
import type {
  Claim,
  CorridorObservation,
  HomicideObservation,
  HomicideSeries,
} from '@usmx/data/schemas';
import { describe, expect, it } from 'vitest';
import { rejectionIssuesOf } from '../internal/test-helpers.js';
import { pathText } from '../issues.js';
import { checkClaim } from './check-claim.js';
import type { ClaimData } from './types.js';

const base = {
  wording: 'homicides are up 25 percent so far this year',
  language: 'en' as const,
  claimant: 'A reader',
  sourceId: 'MY_BLOG',
  date: '2021-05-15',
  rowIds: [] as string[],
  verified: 'true' as const,
};

/** One synthetic monthly series: 100 a month in 2020, 125 a month in 2021 (January-April). */
function series(): ClaimData {
  const rows: HomicideObservation[] = [];
  for (const [year, count] of [
    [2020, 100],
    [2021, 125],
  ] as const) {
    for (let month = 1; month <= (year === 2020 ? 12 : 4); month++) {
      rows.push({
        seriesId: 'my-series',
        region: 'MX',
        year,
        month,
        count,
        sourceId: 'MY_FILE',
        vintage: '2021-05-10',
      });
    }
  }
  const meta: HomicideSeries = {
    id: 'my-series',
    title: { en: 'My series', es: 'Mi serie' },
    agency: 'SESNSP',
    unit: 'victims',
    methodology: 'sesnsp-2015',
    crime: 'intentional-homicide',
    frequency: 'monthly',
    geography: 'national',
    coverage: { from: '2020-01', to: '2021-04' },
    vintages: ['2021-05-10'],
    caveats: [],
    sourceIds: ['MY_FILE'],
  };
  return { homicideObservations: rows, homicideSeries: [meta] };
}

/** "Up 25 percent, January-April 2021", within `tolerancePp` points. */
function up25(tolerancePp: number) {
  return {
    indicator: 'homicide-ytd-change',
    region: 'MX',
    crime: 'intentional-homicide',
    asOf: '2021-04',
    claimed: { low: 25, high: 25 },
    tolerancePp,
  } as const;
}

/** "9 percent came through the Caribbean in 2012", within a point. */
const caribbean2012 = {
  indicator: 'corridor-share',
  route: 'caribbean',
  refYear: 2012,
  claimed: { low: 9 },
  tolerancePp: 1,
} as const;

// the first check of a file loads the package's tables: allow for a slow machine
describe('checkClaim on a user claim and user data', { timeout: 30_000 }, () => {
  it('a year-to-date claim: 4 x 125 / (4 x 100) - 1 = +25% supports "up 25 percent"', async () => {
    const claim: Claim = { ...base, id: 'my-claim', test: up25(1) };
    const check = await checkClaim(claim, series());
    expect(check.now).toHaveLength(1);
    expect(check.now[0]).toMatchObject({
      id: 'my-series',
      value: { low: 25, high: 25 },
      agrees: true,
    });
    // the only release (2021-05-10) was out by the claim's date
    expect(check.atClaimDate[0]).toMatchObject({ vintage: '2021-05-10', agrees: true });
    expect(check.verdict).toBe('supported');
    // claimed +40% with 1 point of tolerance: 25 is 15 points away
    const wrong = await checkClaim(
      { ...claim, test: { ...up25(1), claimed: { low: 40, high: 40 } } },
      series(),
    );
    expect(wrong.verdict).toBe('not supported');
  });

  it('a claim dated before any release can only be checked now', async () => {
    const check = await checkClaim(
      { ...base, id: 'early', date: '2021-05-01', test: up25(0) },
      series(),
    );
    expect(check.atClaimDate).toEqual([]);
    expect(check.now).toHaveLength(1);
    expect(check.explanation.en.join(' ')).toContain("published by the claim's date");
  });

  it("a corridor claim against the user's own figures: 30% claimed, 10% and 12% published", async () => {
    const row = (id: string, pct: number): CorridorObservation => ({
      id,
      refYear: 2019,
      period: { en: 'calendar year' },
      route: 'caribbean',
      pctLow: pct,
      pctHigh: pct,
      pctText: `${pct}%`,
      measure: { en: 'share of cocaine entering US' },
      reportedBy: { en: 'Agency' },
      sourceId: 'MY_SOURCE',
      verified: 'true',
    });
    const check = await checkClaim(
      {
        ...base,
        id: 'caribbean-30',
        wording: '30 percent came through the Caribbean in 2019',
        test: {
          indicator: 'corridor-share',
          route: 'caribbean',
          refYear: 2019,
          claimed: { low: 30, high: 30 },
          tolerancePp: 5,
        },
      },
      { corridorObservations: [row('A', 10), row('B', 12)] },
    );
    expect(check.now.map((reading) => [reading.id, reading.agrees])).toEqual([
      ['A', false],
      ['B', false],
    ]);
    expect(check.verdict).toBe('not supported');
    // MY_SOURCE is not among the package's sources: no date, so nothing counts as published by then
    expect(check.atClaimDate).toEqual([]);
  });

  it('a route with no figure cannot be checked', async () => {
    const check = await checkClaim({
      ...base,
      id: 'nowhere',
      test: {
        indicator: 'corridor-share',
        route: 'atlantis',
        refYear: 2010,
        claimed: { low: 5, high: 5 },
        tolerancePp: 1,
      },
    });
    expect(check.now).toEqual([]);
    expect(check.verdict).toBe('cannot be checked');
  });
});

describe('checkClaim rejects bad input with every bad field named', { timeout: 30_000 }, () => {
  it('a claim that does not pass the schema', async () => {
    const issues = await rejectionIssuesOf(
      checkClaim({
        ...base,
        id: 'Bad Id',
        date: 'May 2017',
        test: { indicator: 'homicide-ytd-change', region: 'MX', crime: 'murder', asOf: '2017-4' },
      }),
    );
    const fields = issues.map((issue) => pathText(issue.path));
    expect(fields).toEqual(
      expect.arrayContaining(['claim.id', 'claim.date', 'claim.test.crime', 'claim.test.asOf']),
    );
  });

  it('an unknown indicator, a Spanish claim without English, a missing claim', async () => {
    expect(
      (
        await rejectionIssuesOf(checkClaim({ ...base, id: 'x', test: { indicator: 'astrology' } }))
      )[0]!.path,
    ).toEqual(['claim', 'test', 'indicator']);
    const spanish = await rejectionIssuesOf(
      checkClaim({
        ...base,
        id: 'es',
        language: 'es',
        test: caribbean2012,
      }),
    );
    expect(spanish[0]).toMatchObject({ path: ['claim', 'wordingEn'] });
    expect((await rejectionIssuesOf(checkClaim(undefined))).length).toBeGreaterThan(0);
  });

  it('invalid rows in the data, and an unknown table', async () => {
    const claim: Claim = { ...base, id: 'x', test: caribbean2012 };
    const issues = await rejectionIssuesOf(
      checkClaim(claim, {
        corridorObservations: [{ id: 'A' } as CorridorObservation],
        ...({ horoscopes: [] } as object),
      }),
    );
    expect(issues.map((issue) => pathText(issue.path))).toEqual(
      expect.arrayContaining(['data.corridorObservations[0].refYear', 'data.horoscopes']),
    );
  });

  it('a published count id that does not exist', async () => {
    const issues = await rejectionIssuesOf(
      checkClaim({
        ...base,
        id: 'x',
        test: {
          indicator: 'group-count',
          year: 2015,
          claimed: { low: 2, high: 2 },
          rules: [],
          publishedCountIds: ['P999'],
          toleranceCount: 0,
        },
      }),
    );
    expect(issues).toEqual([
      {
        path: ['claim', 'test', 'publishedCountIds'],
        value: 'P999',
        reason: 'no published count with this id',
        code: 'unknown-id',
        params: {},
      },
    ]);
  });
});

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
function up25(tolerancePp: number): Extract<Claim['test'], { indicator: 'homicide-ytd-change' }> {
  return {
    indicator: 'homicide-ytd-change',
    region: 'MX',
    crime: 'intentional-homicide',
    definitions: { own: ['intentional-homicide'], other: [] },
    asOf: '2021-04',
    claimed: { low: 25, high: 25 },
    tolerancePp,
  };
}

type CorridorTest = Extract<Claim['test'], { indicator: 'corridor-share' }>;

/** "9 percent came through the Caribbean in 2012", within a point. */
const caribbean2012: CorridorTest = {
  indicator: 'corridor-share',
  route: 'caribbean',
  refYear: 2012,
  claimed: { low: 9 },
  tolerancePp: 1,
  definitions: { own: ['calendar year'], other: [] },
};

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

  it('a claim dated before any release: checked now, and the claim-date reading says no release is held', async () => {
    const check = await checkClaim(
      { ...base, id: 'early', date: '2021-05-01', test: up25(0) },
      series(),
    );
    expect(check.atClaimDate).toHaveLength(1);
    expect(check.atClaimDate[0]).toMatchObject({ id: 'my-series', value: null, agrees: null });
    expect(check.explanation.en.join(' ')).toContain(
      'no release held from on or before 2021-05-01 covers 2021',
    );
    expect(check.now).toHaveLength(1);
  });

  it('at the claim date reads only what was public that day, to the latest month published then', async () => {
    // an earlier release (2021-04-10) held January-March 2021 at 110 a month: 330 / 300 = +10%;
    // the later one (2021-05-10) has 125 a month through April: +25%
    const data = series();
    const early = data.homicideObservations!.flatMap((row) =>
      row.year === 2021 && row.month! <= 3
        ? [{ ...row, count: 110, vintage: '2021-04-10' }]
        : row.year === 2020
          ? [{ ...row, vintage: '2021-04-10' }]
          : [],
    );
    const check = await checkClaim(
      { ...base, id: 'dated', date: '2021-04-20', test: up25(1) },
      { ...data, homicideObservations: [...data.homicideObservations!, ...early] },
    );
    expect(check.claimDatePrecision).toBe('day');
    expect(check.atClaimDate[0]).toMatchObject({
      vintage: '2021-04-10',
      through: '2021-03',
      agrees: false,
    });
    expect(check.atClaimDate[0]!.value!.low).toBeCloseTo(10, 10);
    expect(check.now[0]).toMatchObject({ value: { low: 25, high: 25 }, agrees: true });
    // one own reading agrees (now), one does not (then): the table's "some agree"
    expect(check.verdict).toBe('partly supported');
  });

  it('gives the direction, the own range and a first sentence that says which way', async () => {
    const claimed = (low: number) =>
      checkClaim(
        { ...base, id: 'dir', test: { ...up25(1), claimed: { low, high: low } } },
        series(),
      );
    const below = await claimed(10); // the data say +25%: the claim of +10% is below them
    expect(below).toMatchObject({ direction: 'understated', ownRange: { low: 25, high: 25 } });
    expect(below.explanation.en[0]).toBe(
      'Homicides rose more than the claim said: +25% in January-April 2021, against +10% claimed.',
    );
    expect(below.explanation.es[0]).toBe(
      'Los homicidios subieron más de lo que dice la afirmación: +25% en enero-abril de 2021, frente a +10% según la afirmación.',
    );
    const above = await claimed(40);
    expect(above.direction).toBe('overstated');
    expect(above.explanation.en[0]).toMatch(/^Homicides rose less than the claim said: /);
    expect((await claimed(25.5)).direction).toBe('matches'); // within the 1-point tolerance
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
        test: { ...caribbean2012, refYear: 2019, claimed: { low: 30, high: 30 }, tolerancePp: 5 },
      },
      { corridorObservations: [row('A', 10), row('B', 12)] },
    );
    expect(check.now.map((reading) => [reading.id, reading.agrees])).toEqual([
      ['A', false],
      ['B', false],
    ]);
    expect(check.verdict).toBe('not supported');
    expect(check.direction).toBe('overstated'); // 10% and 12% are both below 30% - 5
    // MY_SOURCE is not among the package's sources: no date, so nothing counts as published by then
    expect(check.atClaimDate).toEqual([]);
    // the same figures under a period the claim row does not name are context only
    const context = await checkClaim(
      {
        ...check.claim,
        test: { ...check.claim.test, definitions: { own: ['first half'], other: [] } },
      } as Claim,
      { corridorObservations: [row('A', 10), row('B', 12)] },
    );
    expect(context.now.map((reading) => reading.counted)).toEqual([false, false]);
    expect(context.verdict).toBe('cannot be checked');
  });

  it('a route with no figure cannot be checked', async () => {
    const check = await checkClaim({
      ...base,
      id: 'nowhere',
      test: { ...caribbean2012, route: 'atlantis', refYear: 2010, claimed: { low: 5, high: 5 } },
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
          definitions: { own: ['cartels'], other: [] },
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

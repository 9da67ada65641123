import type {
  CorridorObservation,
  HomicideObservation,
  LeadershipEvent,
  Organization,
  PublishedGroupCount,
} from '@usmx/data/schemas';
import fc from 'fast-check';

/**
 * Generated inputs for the indicators: rows mostly valid, so that the calls get past their checks
 * and compute, with now and then a row or an option that is anything at all.
 */

/** `value` most of the time, else anything: the odd bad row or option. */
export function mostly<T>(value: fc.Arbitrary<T>, weight = 9): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight, arbitrary: value }, { weight: 1, arbitrary: fc.anything() });
}

/**
 * An optional option: absent or valid most of the time, now and then one of the `invalid` values
 * or anything.
 */
export function option<T>(valid: fc.Arbitrary<T>, ...invalid: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: invalid.length > 0 ? fc.constantFrom(...invalid) : fc.anything() },
    { weight: 1, arbitrary: fc.anything() },
  );
}

/**
 * Rows as given: an array of valid rows, now and then with one row that is anything, or now and
 * then anything instead of an array.
 */
function withOddRow<T>(rows: fc.Arbitrary<T[]>): fc.Arbitrary<unknown> {
  const odd = fc.oneof(
    { weight: 7, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.anything()) },
  );
  return mostly(
    fc.tuple(rows, odd).map(([list, row]): unknown[] => {
      if (row === null) return list;
      const copy: unknown[] = [...list];
      copy.splice(row[0] % (copy.length + 1), 0, row[1]);
      return copy;
    }),
    15,
  );
}

/** Rows as given: an array of rows of `row` (see {@link withOddRow}). */
function rowsOf<T>(row: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<unknown> {
  return withOddRow(fc.array(row, { minLength: 1, maxLength, size: 'max' }));
}

/**
 * A series' population: none, as sources give it, or as a careless user does (in millions, a
 * stray exponent, more people than live on Earth), the same for every row but a month or two.
 */
const population = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.integer({ min: 300_000, max: 130_000_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      5e-324,
      0.5,
      1,
      127.5,
      1e10,
      1.0000001e10,
      1.7e308,
      Number.MAX_VALUE,
    ),
  },
);

/** Counts: small, large, and the largest exact. */
const count = fc.oneof(
  { weight: 6, arbitrary: fc.nat(3000) },
  { weight: 1, arbitrary: fc.constantFrom(0, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
);

/** The first year of the generated homicide rows. */
const FIRST_YEAR = 2005;

function yearMonth(index: number): string {
  return `${FIRST_YEAR + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * A homicide series as rows, and the months a chart would ask for: series `s` in MX, months from
 * January 2005 (now and then one missing), or years from 2005 (annual rows); and sometimes a second
 * series, a second region or an earlier release of the same months beside it.
 */
const homicideSeries = fc
  .record({
    population,
    /** Months whose population is another of {@link population}. */
    odd: fc.array(fc.tuple(fc.nat(), population), { maxLength: 2 }),
    periods: fc.array(
      fc.record({
        count,
        kept: fc.oneof(
          { weight: 40, arbitrary: fc.constant(true) },
          { weight: 1, arbitrary: fc.constant(false) },
        ),
      }),
      // size: as many months as maxLength allows, not fast-check's small default
      { minLength: 1, maxLength: 12 * 12, size: 'max' },
    ),
    annual: fc.oneof(
      { weight: 5, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
    beside: fc.constantFrom('nothing', 'nothing', 'series', 'region', 'release'),
  })
  .map(({ population: common, odd, periods, annual, beside }) => {
    const populations = periods.map(() => common);
    for (const [at, other] of odd) populations[at % populations.length] = other;
    const rows: HomicideObservation[] = periods.flatMap(({ count, kept }, i) =>
      kept
        ? [
            {
              seriesId: 's',
              region: 'MX',
              year: FIRST_YEAR + (annual ? i : Math.floor(i / 12)),
              ...(annual ? {} : { month: (i % 12) + 1 }),
              count,
              sourceId: 'S',
              vintage: '2021-06-30',
              ...(populations[i] === undefined ? {} : { population: populations[i] }),
            },
          ]
        : [],
    );
    const extra: Record<string, (row: HomicideObservation) => HomicideObservation> = {
      series: (row) => ({ ...row, seriesId: 't' }),
      region: (row) => ({ ...row, region: 'MX-CHH' }),
      release: (row) => ({ ...row, vintage: '2019-01-01', count: Math.floor(row.count / 2) }),
    };
    const months = periods.map((_, i) => (annual ? `${FIRST_YEAR + i}-12` : yearMonth(i)));
    return { rows: beside in extra ? [...rows, ...rows.map(extra[beside]!)] : rows, months };
  });

/** Homicide rows (see {@link withOddRow}), and `options` made from the months they hold. */
export function homicideCase(
  options: (months: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown[]> {
  return homicideSeries.chain(({ rows, months }) =>
    fc.tuple(
      withOddRow(fc.constant(rows)),
      options(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...months) }, month)),
    ),
  );
}

/** A month of the generated rows' years, or one outside them. */
const month = fc
  .record({
    year: fc.integer({ min: FIRST_YEAR - 1, max: FIRST_YEAR + 13 }),
    month: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

/** The options that choose a series, a region and a release. */
export const selection = {
  series: option(fc.constant('s'), 't', 'u', ''),
  region: option(fc.constant('MX'), 'MX-CHH', 'MX-XXX', 'mx'),
  vintage: option(fc.constantFrom('2019-01-01', '2022', '2021-06-30'), '2021-13-01', '2018'),
};

const MCA = 'mexico_central_america';

/** Corridor figures: three routes, a few sources, years 2000-2020 (now and then a span). */
export const corridorRows: fc.Arbitrary<unknown> = rowsOf(
  fc
    .record({
      id: fc.nat(40),
      refYear: fc.integer({ min: 2000, max: 2020 }),
      span: fc.boolean(),
      route: fc.constantFrom(MCA, MCA, 'caribbean', 'eastern_pacific'),
      low: fc.integer({ min: 0, max: 100 }),
      width: fc.integer({ min: -1, max: 30 }),
      sourceId: fc.constantFrom('A', 'B', 'C'),
      via: fc.boolean(),
      verified: fc.constantFrom('true' as const, 'partial' as const, 'false' as const),
      measure: fc.constantFrom('share of cocaine moving toward the US', 'seizures'),
    })
    .map(({ id, refYear, span, low, width, via, measure, ...row }): CorridorObservation => ({
      ...row,
      id: `F${id}`,
      refYear,
      ...(span ? { refYearTo: refYear + 1 } : {}),
      period: { en: 'calendar year' },
      pctLow: low,
      pctHigh: Math.min(100, Math.max(0, low + width)),
      pctText: `${low} percent`,
      measure: { en: measure },
      reportedBy: { en: row.sourceId },
      ...(via ? { viaSourceId: 'VIA' } : {}),
    })),
  60,
);

/** Organization ids the generated rows use, and one no row has. */
const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

/** Organizations: ten ids (now and then one twice), parents among them or absent, years or none. */
export const organizationRows: fc.Arbitrary<unknown> = rowsOf(
  fc
    .record({
      id: fc.constantFrom(...IDS),
      parentIds: fc.subarray([...IDS, 'GONE'], { maxLength: 2 }),
      yearFounded: fc.option(fc.integer({ min: 1950, max: 2020 }), { nil: undefined }),
      yearCeased: fc.option(fc.integer({ min: 1960, max: 2022 }), { nil: undefined }),
      yearFoundedVerified: fc.boolean(),
      majorLists: fc.subarray(['CRS_2006_four', 'PGR_2014_nine'] as const),
    })
    .map(({ yearFounded, yearCeased, majorLists, ...row }): Organization => ({
      ...row,
      name: { en: `${row.id} cartel` },
      aliases: [],
      originType: 'split',
      majorLists: [...majorLists],
      sourceIds: ['S'],
      verified: 'true',
      ...(yearFounded === undefined ? {} : { yearFounded }),
      ...(yearCeased === undefined ? {} : { yearCeased }),
    })),
  12,
);

/** Leadership events of the ten organizations, 1990-2020. */
export const eventRows: fc.Arbitrary<unknown> = rowsOf(
  fc
    .record({
      id: fc.nat(50),
      year: fc.integer({ min: 1990, max: 2020 }),
      organizationId: fc.constantFrom(...IDS),
      type: fc.constantFrom(
        'killed' as const,
        'arrested' as const,
        'extradited' as const,
        'escaped' as const,
      ),
    })
    .map(({ id, year, ...row }): LeadershipEvent => ({
      ...row,
      id: `E${id}`,
      date: String(year),
      datePrecision: 'year',
      person: 'someone',
      sourceIds: ['S'],
      verified: 'true',
    })),
  20,
);

/** Published counts of groups in two units, 2000-2020. */
export const publishedCountRows: fc.Arbitrary<unknown> = rowsOf(
  fc
    .record({
      id: fc.nat(30),
      refYear: fc.integer({ min: 2000, max: 2020 }),
      low: fc.nat(50),
      width: fc.integer({ min: -1, max: 20 }),
      unit: fc.constantFrom('cartels', 'cells'),
    })
    .map(({ id, refYear, low, width, unit }): PublishedGroupCount => ({
      id: `P${id}`,
      refYear,
      refDateText: { en: String(refYear) },
      countLow: low,
      countHigh: Math.max(0, low + width),
      unit: { en: unit },
      scope: 'Mexico',
      countingBody: { en: 'body' },
      sourceId: 'S',
      verified: 'true',
    })),
  10,
);

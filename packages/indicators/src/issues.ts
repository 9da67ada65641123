/**
 * Where a problem is, as zod gives it: the indicator's argument or option first, then keys and
 * row indexes (0-based): `['observations', 3, 'count']`, `['asOf']`.
 */
export type IssuePath = readonly (string | number)[];

/** What zod said of a value that failed a `@usmx/data` schema: its code and the details it carries. */
export interface SchemaCheck {
  readonly code: string;
  /** zod's English message, or the schema's own (`count must not be negative`). */
  readonly message: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}

/**
 * The closed list of problems an indicator reports, each with the values its words need. A
 * problem's `code` says what is wrong; `params` say with what; the English words come from
 * {@link issueReason}, and a widget words the same code in its own language.
 */
export interface IndicatorIssueParams {
  /** A value fails its `@usmx/data` schema (`check` is zod's issue). */
  schema: { check: SchemaCheck };
  /** The rows are not an array. */
  'not-rows': Record<string, never>;
  /** The rows are an empty array. */
  'no-rows': Record<string, never>;
  /** A row fails the fast check of a zod-free entry (such as `homicideTrendOfValidRows`), which cannot say why. */
  'invalid-row': Record<string, never>;
  /** A row repeats the key (series, region, period and release) of the row at `firstIndex`. */
  'duplicate-row': { firstIndex: number };
  /** An organization repeats the id of the one at `firstIndex`. */
  'repeated-id': { firstIndex: number };
  /** Following first parents from the organizations in the value comes back to `through`. */
  'lineage-cycle': { through: string };
  /** The low end of a range is above its high end, `high` (`field`: the high end's name). */
  'low-above-high': { high: number; field: string };
  /** No published count has this id. */
  'unknown-id': Record<string, never>;
  /** Not one of the `expected` values. */
  'not-one-of': { expected: readonly string[] };
  /** Not a whole number of `unit` from `min` to `max`. */
  'not-whole-in-range': { min: number; max: number; unit: 'years' | 'months' | 'year' };
  /** Not a month as `YYYY-MM`. */
  'not-year-month': Record<string, never>;
  /** Not `MX` or an ISO 3166-2 state code such as `MX-CHH`. */
  'not-region-code': Record<string, never>;
  /** Not a calendar date as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  'not-date': Record<string, never>;
  /** Not non-empty text (a series id, a measure, a source). */
  'not-text': Record<string, never>;
  /** The rows hold several series (`series`) and none was chosen. */
  'several-series': { series: readonly string[] };
  /** No row has this series; `present` lists the series the rows hold. */
  'unknown-series': { present: readonly string[] };
  /** The series has no rows for this region; `present` lists its regions. */
  'unknown-region': { series: string; present: readonly string[] };
  /** No release of the series for the region on or before the vintage; `earliest` is the first. */
  'no-release': { series: string; region: string; earliest: string };
  /** An annual series has no year near the month asked for (`first`-`last`, releases up to `vintage`). */
  'outside-years': { series: string; first: number; last: number; vintage: string | null };
  /** The month asked for lies outside the months of the series (`first` to `last`, `YYYY-MM`). */
  'outside-months': {
    series: string;
    region: string;
    first: string;
    last: string;
    vintage: string | null;
  };
  /**
   * The year-to-date comparison needs the month (the value), which is before the series starts in
   * `first`; `earliest` is the first month that can be compared with nothing missing, if any.
   */
  'before-series-start': {
    series: string;
    region: string;
    first: string;
    earliest: string | null;
    vintage: string | null;
  };
  /** The month (the value) has no row, inside the year-to-date window `from`..`to`. */
  'missing-month': {
    series: string;
    region: string;
    from: string;
    to: string;
    vintage: string | null;
  };
  /** `to` is not after `from`. */
  'not-after-from': { from: number };
  /** `to` is before `from`. */
  'before-from': { from: number };
  /** Not a number of percentage points from `min` to `max`. */
  'not-percentage-points': { min: number; max: number };
  /** No figure for this route (in `from`-`to`, when given); `present` lists the routes. */
  'unknown-route': { present: readonly string[]; from?: number; to?: number };
  /** No figure on `route` has this `kind` (measure or source); `present` lists those on the route. */
  'no-matching-figure': { route: string; kind: 'measure' | 'source'; present: readonly string[] };
  /** Not a splinter rule: `lineage`, `lineage-verified`, a predicate, or one of the published `lists`. */
  'unknown-rule': { lists: readonly string[] };
  /** No published count has this unit; `present` lists the units. */
  'unknown-unit': { present: readonly string[] };
  /** Not an object of tables. */
  'not-tables': Record<string, never>;
  /** Not a table `checkClaim` reads; `expected` lists them. */
  'unknown-table': { expected: readonly string[] };
  /** Not a list (an array) of values from `expected`. */
  'not-list': { expected: readonly string[] };
  /** Not a well-formed BCP 47 language tag such as `en-US`. */
  'not-locale': Record<string, never>;
}

/** Every code an indicator may report. */
export type IndicatorIssueCode = keyof IndicatorIssueParams;

/**
 * One problem found in the input of an indicator: what (`code`, with `params`), where (`path`),
 * the offending value, and the English words for it (`reason`).
 */
export type IndicatorInputIssue = {
  [C in IndicatorIssueCode]: {
    readonly code: C;
    readonly path: IssuePath;
    readonly params: IndicatorIssueParams[C];
    /** The offending value, as given (or a short description of it). */
    readonly value: unknown;
    /** Why it was rejected, in English, made from the code by {@link issueReason}. */
    readonly reason: string;
  };
}[IndicatorIssueCode];

/**
 * The issue for `code` at `path`, its English words made from the code.
 *
 * @example
 * ```ts
 * inputIssue('not-one-of', ['method'], 'linear', { expected: ['run-rate', 'seasonal'] }).reason;
 * // "expected one of: run-rate, seasonal"
 * ```
 */
export function inputIssue<C extends IndicatorIssueCode>(
  code: C,
  path: IssuePath,
  value: unknown,
  params: IndicatorIssueParams[C],
): Extract<IndicatorInputIssue, { code: C }> {
  return { code, path, value, params, reason: issueReason(code, params) } as Extract<
    IndicatorInputIssue,
    { code: C }
  >;
}

/** `observations[3].count`: a path as people write it, for messages. */
export function pathText(path: IssuePath): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

/**
 * The value at `path` inside `root` (the value an issue's path points to), or `undefined` where
 * the path leads through something that is not an object or array.
 *
 * @example
 * ```ts
 * import { valueAt } from '@usmx/indicators';
 *
 * valueAt({ observations: [{ count: 5 }] }, ['observations', 0, 'count']); // 5
 * valueAt({ observations: null }, ['observations', 0]); // undefined
 * ```
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** At most this many items of a list are named in a message. */
const LISTED = 12;

function list(values: readonly string[]): string {
  const shown = values.slice(0, LISTED).join(', ');
  return values.length > LISTED ? `${shown}, ... (${values.length} in all)` : shown;
}

const releases = (vintage: string | null) =>
  vintage === null ? '' : ` in the releases up to ${vintage}`;

type English = { [C in IndicatorIssueCode]: (params: IndicatorIssueParams[C]) => string };

/** The English words of each code: the one place they live. */
const ENGLISH: English = {
  schema: ({ check }) => check.message,
  'not-rows': () => 'expected an array of rows',
  'no-rows': () => 'empty input: at least one row is needed',
  'invalid-row': () =>
    'not a valid row: the validating entry (homicideTrend) names each wrong field and why',
  'duplicate-row': ({ firstIndex }) =>
    `duplicate: row ${firstIndex} has the same series, region, period and release`,
  'repeated-id': ({ firstIndex }) => `repeats the id of row ${firstIndex}`,
  'lineage-cycle': ({ through }) => `the first parents form a cycle through ${through}`,
  'low-above-high': ({ high, field }) => `above ${field} (${high})`,
  'unknown-id': () => 'no published count with this id',
  'not-one-of': ({ expected }) => `expected one of: ${expected.join(', ')}`,
  'not-whole-in-range': ({ min, max, unit }) =>
    unit === 'year'
      ? `expected a whole year from ${min} to ${max}`
      : `expected a whole number of ${unit} from ${min} to ${max}`,
  'not-year-month': () => 'expected the last month to use, as YYYY-MM',
  'not-region-code': () => 'expected MX or an ISO 3166-2 code like MX-CHH',
  'not-date': () => 'expected a calendar date as YYYY-MM-DD (or YYYY-MM, YYYY)',
  'not-text': () => 'expected non-empty text',
  'several-series': ({ series }) =>
    `the rows hold ${series.length} series (${list(series)}); choose one: their units differ and are never added`,
  'unknown-series': ({ present }) => `unknown series; the rows hold: ${list(present)}`,
  'unknown-region': ({ series, present }) =>
    `no rows for this region in ${series}; regions present: ${list(present)}`,
  'no-release': ({ series, region, earliest }) =>
    `no release of ${series} for ${region} on or before this date; the earliest is ${earliest}`,
  'outside-years': ({ series, first, last, vintage }) =>
    `outside the data: ${series} has annual rows for ${first}-${last}${releases(vintage)}`,
  'outside-months': ({ series, region, first, last, vintage }) =>
    `outside the data: ${series} (${region}) has months ${first} to ${last}${releases(vintage)}`,
  'before-series-start': ({ series, region, first }) =>
    `the year-to-date comparison needs this month, before ${series} (${region}) starts in ${first}: choose an asOf in a later year`,
  'missing-month': ({ series, region, from, to }) =>
    `no row for this month in ${series} (${region}): the year-to-date window ${from}..${to} has a gap`,
  'not-after-from': ({ from }) => `must be after from (${from})`,
  'before-from': ({ from }) => `must not be before from (${from})`,
  'not-percentage-points': ({ min, max }) => `expected percentage points from ${min} to ${max}`,
  'unknown-route': ({ present, from, to }) =>
    `no figures for this route${from === undefined ? '' : ` in ${from}-${to}`}; routes present: ${present.join(', ')}`,
  'no-matching-figure': ({ route, kind, present }) =>
    `no figure on ${route} matches; ${kind}s present: ${present.join(kind === 'measure' ? ' | ' : ', ')}`,
  'unknown-rule': ({ lists }) =>
    `expected 'lineage', 'lineage-verified', a predicate, or a published list: ${lists.join(', ')}`,
  'unknown-unit': ({ present }) => `not in the table; units present: ${present.join(' | ')}`,
  'not-tables': () => 'expected an object of tables, or nothing',
  'unknown-table': ({ expected }) => `unknown table; expected ${expected.join(', ')}`,
  'not-list': ({ expected }) => `expected a list of values from: ${expected.join(', ')}`,
  'not-locale': () => 'expected a language tag such as en-US or es-MX',
};

/** The English words for a code and its params. */
export function issueReason<C extends IndicatorIssueCode>(
  code: C,
  params: IndicatorIssueParams[C],
): string {
  return (ENGLISH[code] as (params: IndicatorIssueParams[C]) => string)(params);
}

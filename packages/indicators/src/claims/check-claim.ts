import {
  claimSchema,
  corridorObservationSchema,
  homicideObservationSchema,
  homicideSeriesSchema,
  organizationSchema,
  publishedGroupCountSchema,
  sourceSchema,
  type Claim,
  type Source,
} from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import { rowIssues, schemaIssues, type RowSchema } from '../internal/validate.js';
import { balloonReadings, corridorShareReadings } from './corridor.js';
import { explain } from './explain.js';
import { directionOf, ownRangeOf, type ClaimedWithTolerance } from './direction.js';
import { DEFAULT_LOCALES } from './format.js';
import { groupCountReadings } from './group-count.js';
import { rowsLoader, type HomicideInputs } from './homicide-data.js';
import { homicideRecordReadings } from './homicide-record.js';
import { homicideYtdReadings } from './homicide-ytd.js';
import { endOfDate } from './ranges.js';
import type { ClaimReadings } from './readings.js';
import type { CheckClaimOptions, ClaimCheck, ClaimData, ClaimReading } from './types.js';
import { verdictOf } from './verdict.js';

const INDICATOR = 'checkClaim';

const tableSchemas: Record<keyof ClaimData, RowSchema> = {
  homicideObservations: homicideObservationSchema,
  homicideSeries: homicideSeriesSchema,
  corridorObservations: corridorObservationSchema,
  organizations: organizationSchema,
  publishedGroupCounts: publishedGroupCountSchema,
  sources: sourceSchema,
};

function dataIssues(data: unknown): IndicatorInputIssue[] {
  if (data === undefined) return [];
  if (data === null || typeof data !== 'object')
    return [inputIssue('not-tables', ['data'], data, {})];
  const issues: IndicatorInputIssue[] = [];
  for (const [name, rows] of Object.entries(data)) {
    if (!Object.hasOwn(tableSchemas, name)) {
      issues.push(
        inputIssue('unknown-table', ['data', name], typeof rows, {
          expected: Object.keys(tableSchemas),
        }),
      );
    } else if (rows !== undefined) {
      issues.push(...rowIssues(rows, ['data', name], tableSchemas[name as keyof ClaimData]));
    }
  }
  return issues;
}

async function homicideInputs(data: ClaimData): Promise<HomicideInputs> {
  const { homicideSeries, loadHomicideObservations } = await import('@usmx/data/homicides');
  const series = data.homicideSeries ?? homicideSeries;
  if (data.homicideObservations) return { series, load: rowsLoader(data.homicideObservations) };
  return {
    series,
    load: async (seriesId, region) =>
      (await loadHomicideObservations(seriesId, region === 'MX' ? 'national' : 'states')).filter(
        (row) => row.region === region,
      ),
  };
}

async function sourceMap(data: ClaimData): Promise<Map<string, Source>> {
  const list = data.sources ?? (await import('@usmx/data/sources')).sources;
  return new Map(list.map((source) => [source.id, source]));
}

async function readingsFor(
  claim: Claim,
  claimDate: string,
  data: ClaimData,
): Promise<ClaimReadings> {
  const test = claim.test;
  switch (test.indicator) {
    case 'homicide-ytd-change':
      return homicideYtdReadings(test, claimDate, await homicideInputs(data));
    case 'homicide-record':
      return homicideRecordReadings(test, claimDate, await homicideInputs(data));
    case 'corridor-share':
    case 'balloon-effect': {
      const inputs = {
        rows:
          data.corridorObservations ?? (await import('@usmx/data/corridor')).corridorObservations,
        sources: await sourceMap(data),
      };
      return test.indicator === 'corridor-share'
        ? corridorShareReadings(claim, test, claimDate, inputs)
        : balloonReadings(claim, test, claimDate, inputs);
    }
    case 'group-count': {
      const groups =
        data.organizations && data.publishedGroupCounts
          ? undefined
          : await import('@usmx/data/groups');
      const organizations = data.organizations ?? groups!.organizations;
      const counts = data.publishedGroupCounts ?? groups!.publishedGroupCounts;
      const unknown = test.publishedCountIds.filter((id) => !counts.some((row) => row.id === id));
      if (unknown.length > 0) {
        throw new IndicatorInputError(
          INDICATOR,
          unknown.map((id) =>
            inputIssue('unknown-id', ['claim', 'test', 'publishedCountIds'], id, {}),
          ),
        );
      }
      return groupCountReadings(test, claimDate, organizations, counts, await sourceMap(data));
    }
  }
}

function sortedSources(claim: Claim, readings: readonly ClaimReading[]): string[] {
  return [...new Set([claim.sourceId, ...readings.flatMap((reading) => reading.sourceIds)])].sort();
}

/** The claimed figure with the tolerance the claim allows, in its unit; `null` for a record claim. */
function claimedOf(claim: Claim): ClaimedWithTolerance | null {
  const test = claim.test;
  const unit = claimedUnits[test.indicator];
  switch (test.indicator) {
    case 'homicide-record':
      return null;
    case 'balloon-effect':
      return test.claimedToPct
        ? { ...rangeOf(test.claimedToPct), tolerance: test.tolerancePp, unit }
        : null;
    case 'group-count':
      return { ...rangeOf(test.claimed), tolerance: test.toleranceCount, unit };
    default:
      return { ...rangeOf(test.claimed), tolerance: test.tolerancePp, unit };
  }
}

function rangeOf(range: { low: number; high?: number }): { low: number; high: number | null } {
  return { low: range.low, high: range.high ?? null };
}

const precisions = { 4: 'year', 7: 'month', 10: 'day' } as const;

const claimedUnits: Record<Claim['test']['indicator'], string> = {
  'homicide-ytd-change': 'percent',
  'homicide-record': 'count',
  'corridor-share': 'percent',
  'balloon-effect': 'percent',
  'group-count': 'groups',
};

/**
 * Checks a claim against the data: what each relevant series, figure or counting rule says (as
 * published on the claim's date, to the day where the source dates it so, and now), a verdict
 * from a fixed vocabulary (`supported`, `partly supported`, `not supported`, `depends on
 * definition`, `cannot be checked`), the direction (`understated`, `overstated`, `matches`, or
 * `null`) with the range of the figures under the claim's own definition, and the sentences that
 * explain it, in English and Spanish; the first sentence answers the question ("Homicides rose
 * more than the claim said: ...").
 *
 * At the claim's date only releases public on or before that day are read, and a homicide window
 * ends at the latest month published by then; a series with no release held for that day is a
 * reading with no figure that says so.
 *
 * The verdict follows one written table for every claim (see {@link verdictOf}): figures under the
 * claim's own definition decide; figures under other plausible definitions turn the verdict into
 * `depends on definition` when they reach the other answer; figures under neither are context.
 * Which definitions are the claim's own is data in the claim row (`test.definitions`).
 *
 * Works on the package's tables by default, loading only the homicide series the claim needs;
 * pass `data` to check against your own rows. Percentages are in percent, changes of shares in
 * percentage points, counts in the unit of the series (deaths, victims, case files) or in groups.
 * The explanation writes numbers, months and lists as `options.locales` say: by default English
 * as in the United States and Spanish as in Mexico (`{ es: 'es-ES' }` writes `+30,7 %`).
 *
 * @throws {IndicatorInputError} (as a rejected promise) when the claim does not pass
 * `claimSchema` (each bad field named), a table in `data` has invalid rows, or the claim names a
 * published count that does not exist.
 *
 * @example
 * ```ts
 * import { claimById } from '@usmx/data/claims';
 * import { checkClaim } from '@usmx/indicators/claims';
 *
 * const check = await checkClaim(claimById('homicides-ytd-2017')!);
 * check.verdict; // 'not supported'
 * check.direction; // 'understated'
 * check.ownRange; // { low: 30.7..., high: 32.7... } (percent)
 * check.atClaimDate.find((r) => r.id === 'sesnsp-1997-victims-hd')?.value; // +33.0 (Jan-Mar, release 2017-04-21)
 * check.explanation.en[0]; // 'Homicides rose more than the claim said: +30.7% to +32.7% in January-April 2017, against +25% claimed.'
 * ```
 */
export async function checkClaim(
  claim: unknown,
  data?: ClaimData,
  options: CheckClaimOptions = {},
): Promise<ClaimCheck> {
  const issues = [...schemaIssues(claimSchema, claim, ['claim']), ...dataIssues(data)];
  if (issues.length > 0) throw new IndicatorInputError(INDICATOR, issues);
  const valid = claim as Claim;
  const claimDate = endOfDate(valid.date);
  const { atClaimDate, now } = await readingsFor(valid, claimDate, data ?? {});
  const claimed = claimedOf(valid);
  const own = ownRangeOf(now, claimed?.unit);
  const check: Omit<ClaimCheck, 'explanation'> = {
    claim: valid,
    claimed: claimed && { low: claimed.low, high: claimed.high },
    claimedUnit: claimedUnits[valid.test.indicator],
    claimDate,
    claimDatePrecision: precisions[valid.date.length as keyof typeof precisions],
    atClaimDate,
    now,
    verdict: verdictOf([...atClaimDate, ...now]),
    direction: directionOf(now, claimed),
    ownRange: own?.range ?? null,
    ownUnit: own?.unit ?? null,
    sourceIds: sortedSources(valid, [...atClaimDate, ...now]),
  };
  return {
    ...check,
    explanation: explain(check, { ...DEFAULT_LOCALES, ...options.locales }),
  };
}

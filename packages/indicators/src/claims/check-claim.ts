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
      return groupCountReadings(
        claim,
        test,
        claimDate,
        organizations,
        counts,
        await sourceMap(data),
      );
    }
  }
}

function sortedSources(claim: Claim, readings: readonly ClaimReading[]): string[] {
  return [...new Set([claim.sourceId, ...readings.flatMap((reading) => reading.sourceIds)])].sort();
}

function claimedOf(claim: Claim): ClaimCheck['claimed'] {
  const test = claim.test;
  const range =
    test.indicator === 'balloon-effect'
      ? test.claimedToPct
      : test.indicator === 'homicide-record'
        ? undefined
        : test.claimed;
  return range ? { low: range.low, high: range.high ?? null } : null;
}

const claimedUnits: Record<Claim['test']['indicator'], string> = {
  'homicide-ytd-change': 'percent',
  'homicide-record': 'count',
  'corridor-share': 'percent',
  'balloon-effect': 'percent',
  'group-count': 'groups',
};

/**
 * Checks a claim against the data: what each relevant series, figure or counting rule says (as
 * published on the claim's date where a release of that date is held, and now), a verdict from a
 * fixed vocabulary (`supported`, `partly supported`, `not supported`, `depends on definition`,
 * `cannot be checked`) and the sentences that explain it, in English and Spanish.
 *
 * The verdict follows one rule for every claim (see {@link verdictOf}): figures that measure what
 * the claim speaks of decide; figures under other definitions (another crime, a half-year, another
 * unit or counting rule, another window) turn the verdict into `depends on definition` when they
 * reach the other answer.
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
 * check.now.filter((r) => r.sameDefinition).map((r) => r.value?.low); // +30.7 ... +32.7 (percent)
 * check.explanation.en[0]; // 'Not supported: the claim says +25% (within 3 points) ...'
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
  const verdict = verdictOf([...atClaimDate, ...now]);
  return {
    claim: valid,
    claimed: claimedOf(valid),
    claimedUnit: claimedUnits[valid.test.indicator],
    claimDate,
    atClaimDate,
    now,
    verdict,
    explanation: explain(valid, verdict, claimDate, atClaimDate, now, {
      ...DEFAULT_LOCALES,
      ...options.locales,
    }),
    sourceIds: sortedSources(valid, [...atClaimDate, ...now]),
  };
}

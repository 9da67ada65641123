import { claims } from '@usmx/data/claims';
import fc from 'fast-check';
import {
  finiteResult,
  outcomeOf,
  type CaseOutcome,
  type FuzzTarget,
} from '../../../../scripts/fuzz.js';
import { checkClaim } from '../claims/check-claim.js';
import { balloonEffect } from '../corridor-share/balloon-effect.js';
import { corridorShare } from '../corridor-share/corridor-share.js';
import { isIndicatorInputError } from '../error-brand.js';
import type { IndicatorInputIssue } from '../issues.js';
import { backtestProjection } from '../homicide-trend/backtest-projection.js';
import { homicideTrend, homicideTrendOptionIssues } from '../homicide-trend/homicide-trend.js';
import { latestMonth } from '../homicide-trend/latest-month.js';
import { decapitationEffects } from '../splinter-count/decapitation-effects.js';
import { lineageTree } from '../splinter-count/lineage-tree.js';
import { publishedCounts } from '../splinter-count/published-counts.js';
import { splinterCount } from '../splinter-count/splinter-count.js';
import {
  corridorRows,
  eventRows,
  homicideCase,
  mostly,
  option,
  organizationRows,
  publishedCountRows,
  selection,
} from './inputs.js';

/** An indicator under fuzz: the arguments of one call. */
export type Target = FuzzTarget<unknown[], fc.Arbitrary<unknown[]>>;

/**
 * A target calling `indicator` with generated arguments: an error must be typed, a result finite
 * (as `check` judges it).
 */
function target(
  name: string,
  args: fc.Arbitrary<unknown[]>,
  indicator: (...args: never[]) => unknown,
  check?: (result: unknown) => CaseOutcome,
): Target {
  return {
    name,
    arbitrary: args,
    run: (values) =>
      outcomeOf(
        () => (indicator as (...args: unknown[]) => unknown)(...values),
        isIndicatorInputError,
        check,
      ),
  };
}

/** Issues are finite but for their values, which repeat the caller's input (`NaN` given, `NaN` named). */
function finiteIssues(issues: unknown): CaseOutcome {
  return finiteResult(
    (issues as IndicatorInputIssue[]).map(({ value: _value, ...issue }) => issue),
  );
}

/** Options as an object of the given keys (each maybe absent), or now and then anything. */
function options(
  keys: Record<string, fc.Arbitrary<unknown>>,
  requiredKeys: string[] = [],
): fc.Arbitrary<unknown> {
  return mostly(fc.record(keys, { requiredKeys }));
}

const projection = {
  method: option(fc.constantFrom('run-rate', 'seasonal'), 'linear'),
  seasonalYears: option(fc.integer({ min: 1, max: 50 }), 0, 51, 2.5),
};

/** The options of `homicideTrend`, `asOf` from `months`. */
const trendOptions = (months: fc.Arbitrary<unknown>) =>
  options({ asOf: mostly(months, 30), ...selection, ...projection }, ['asOf']);

const MCA = 'mexico_central_america';
const route = option(fc.constantFrom(MCA, 'caribbean'), 'atlantic');
const includeUnverified = option(fc.boolean());
const year = mostly(fc.integer({ min: 1995, max: 2025 }));
/** A window mostly inside the generated years (2000-2020), `from` before `to`. */
const from = mostly(fc.integer({ min: 1998, max: 2011 }));
const to = mostly(fc.integer({ min: 2009, max: 2022 }));

/** Counting rules: the named ones, a predicate, or none of them. */
const rule = option(
  fc.constantFrom<unknown>(
    'lineage',
    'lineage-verified',
    'CRS_2006_four',
    'PGR_2014_nine',
    (organization: { yearFounded?: number }, y: number) => (organization.yearFounded ?? 0) <= y,
  ),
  'lineage-everything',
  () => 'yes',
);

/** Locales as a careless caller writes them: valid tags, malformed ones, and anything. */
const locale = option(
  fc.constantFrom('en-US', 'es-MX', 'es-ES', 'en-GB', 'es'),
  '',
  'xx',
  'en_US',
  'i-klingon',
  'en-US-u-nu-arab',
  '💥',
);

/** Every indicator under fuzz. */
export const targets: readonly Target[] = [
  target('homicideTrend', homicideCase(trendOptions), homicideTrend),
  target(
    'homicideTrendOptionIssues',
    homicideCase(trendOptions).map(([, trend]) => [trend]),
    homicideTrendOptionIssues,
    finiteIssues,
  ),
  target(
    'backtestProjection',
    homicideCase(() =>
      options({ month: mostly(fc.integer({ min: 1, max: 12 })), ...selection, ...projection }, [
        'month',
      ]),
    ),
    backtestProjection,
  ),
  target(
    'latestMonth',
    homicideCase(() => options(selection)),
    latestMonth,
  ),
  target(
    'corridorShare',
    fc.tuple(
      corridorRows,
      options({
        route,
        measure: option(fc.constantFrom('share', 'seiz'), 'nothing', ''),
        source: option(fc.constantFrom('A', 'VIA'), 'Z'),
        includeUnverified,
      }),
    ),
    corridorShare,
  ),
  target(
    'balloonEffect',
    fc.tuple(
      corridorRows,
      options(
        {
          from,
          to,
          thresholdPp: mostly(fc.double({ min: 0, max: 100, noNaN: true })),
          corridorRoute: route,
          caribbeanRoute: route,
          includeUnverified,
        },
        ['from', 'to', 'thresholdPp'],
      ),
    ),
    balloonEffect,
  ),
  target(
    'splinterCount',
    fc.tuple(
      organizationRows,
      mostly(
        fc.oneof(
          fc.record({ year, rule }, { requiredKeys: ['year'] }),
          fc.record({ from: year, to: year, rule }, { requiredKeys: ['from', 'to'] }),
        ),
      ),
    ),
    splinterCount,
  ),
  target(
    'publishedCounts',
    fc.tuple(
      publishedCountRows,
      options({ unit: option(fc.constantFrom('cartels', 'cells'), 'x') }),
    ),
    publishedCounts,
  ),
  target('lineageTree', fc.tuple(organizationRows), lineageTree),
  target(
    'decapitationEffects',
    fc.tuple(
      organizationRows,
      eventRows,
      options({
        windowYears: option(fc.integer({ min: 0, max: 50 }), -1, 51, 1.5),
        types: option(fc.subarray(['killed', 'arrested', 'extradited']), ['escaped'], 'killed'),
      }),
    ),
    decapitationEffects,
  ),
  target(
    'checkClaim',
    fc.tuple(
      mostly(fc.constantFrom(...claims), 3),
      fc.oneof(
        { weight: 5, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.anything() },
      ),
      option(
        fc.oneof(
          fc.record({ locales: fc.record({ en: locale, es: locale }, { requiredKeys: [] }) }),
          fc.record({ locales: fc.anything() }),
        ),
      ),
    ),
    checkClaim,
  ),
];

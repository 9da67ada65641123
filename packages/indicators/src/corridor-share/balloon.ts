import type { CorridorObservation } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import type { RowCheck } from '../internal/validate.js';
import { isYear, yearIssues } from '../years.js';
import { guardChecked } from './observation-guard.js';
import {
  corridorRowIssues,
  groupByYear,
  includeUnverifiedIssues,
  isSingleYear,
  pointSourceIds,
  routePoints,
  routesIn,
} from './route-years.js';
import { evaluateWindow } from './balloon-window.js';
import { describeWindow } from './describe-window.js';
import type { BalloonEffect, BalloonEffectOptions, BalloonWindow, CorridorYear } from './types.js';

/** The indicator's name in its errors, whichever entry checked the rows. */
const INDICATOR = 'balloonEffect';

/** A share in percent moves by at most 100 points: a larger threshold could never be met. */
const MAX_THRESHOLD_PP = 100;

/**
 * The problems of {@link balloonEffect}'s options alone, found before any row is read: `from` and
 * `to` each a whole year from 1900 to 2100 (`not-whole-in-range`), `to` after `from`
 * (`not-after-from`: a window needs two years), and `thresholdPp` a number of percentage points
 * from 0 to 100 (`not-percentage-points`), and `includeUnverified`, when given, a boolean
 * (`not-one-of`). A chart that lets readers choose the window and the
 * threshold can check them before loading data. `balloonEffect` reports the same issues, with
 * those of the rows.
 *
 * @example
 * ```ts
 * import { balloonEffectOptionIssues } from '@usmx/indicators/corridor-share';
 *
 * balloonEffectOptionIssues({ from: 2010, to: 2016, thresholdPp: 5 }); // []
 * balloonEffectOptionIssues({ from: 2016, to: 2010, thresholdPp: 5 })[0]?.reason;
 * // "must be after from (2016)"
 * ```
 */
export function balloonEffectOptionIssues(options: BalloonEffectOptions): IndicatorInputIssue[] {
  const { from, to, thresholdPp } = options;
  const issues = [...yearIssues('from', from), ...yearIssues('to', to)];
  if (isYear(from) && isYear(to) && from >= to)
    issues.push(inputIssue('not-after-from', ['to'], to, { from }));
  if (typeof thresholdPp !== 'number' || !(thresholdPp >= 0 && thresholdPp <= MAX_THRESHOLD_PP)) {
    issues.push(
      inputIssue('not-percentage-points', ['thresholdPp'], thresholdPp, {
        min: 0,
        max: MAX_THRESHOLD_PP,
      }),
    );
  }
  return [...issues, ...includeUnverifiedIssues(options.includeUnverified)];
}

/**
 * {@link balloonEffect} for rows already known to be valid, such as `@usmx/data`'s own (validated
 * when the package is built), without zod: a page that charts them loads no schema code. Each row
 * still passes a fast check that accepts exactly the rows the schema accepts; a row it rejects is
 * an `invalid-row` issue, which does not say which field is wrong: call {@link balloonEffect} on
 * the same rows for that. Everything else (options, windows, results, errors) is the same.
 *
 * @throws {IndicatorInputError} as {@link balloonEffect} does, with `invalid-row` in place of
 * zod's `schema` issues.
 *
 * @example
 * ```ts
 * import { corridorObservations } from '@usmx/data/corridor';
 * import { balloonEffectOfValidRows } from '@usmx/indicators/corridor-share';
 *
 * const options = { from: 2010, to: 2016, thresholdPp: 5 };
 * balloonEffectOfValidRows(corridorObservations, options).endToEnd.corridor.changePp;
 * // { low: -5, high: -5 }, as balloonEffect gives it: 95% -> 90%
 * ```
 */
export function balloonEffectOfValidRows(
  observations: readonly CorridorObservation[],
  options: BalloonEffectOptions,
): BalloonEffect {
  return balloonOf(observations, options, guardChecked(INDICATOR));
}

/**
 * The balloon test, its rows checked by `checkRows`: what {@link balloonEffect} and
 * {@link balloonEffectOfValidRows} share.
 */
export function balloonOf(
  observations: readonly CorridorObservation[],
  options: BalloonEffectOptions,
  checkRows: RowCheck,
): BalloonEffect {
  const issues = [
    ...corridorRowIssues(observations, checkRows),
    ...balloonEffectOptionIssues(options ?? ({} as BalloonEffectOptions)),
  ];
  if (issues.length > 0) throw new IndicatorInputError(INDICATOR, issues);
  const { from, to, thresholdPp } = options;

  const settings = {
    corridorRoute: options.corridorRoute ?? 'mexico_central_america',
    caribbeanRoute: options.caribbeanRoute ?? 'caribbean',
    thresholdPp,
  };
  const includeUnverified = options.includeUnverified ?? false;
  const inWindow = (route: string) =>
    routePoints(observations, route, includeUnverified).filter(
      (p) => isSingleYear(p) && p.refYear >= from && p.refYear <= to,
    );
  const corridorPoints = inWindow(settings.corridorRoute);
  const caribbeanPoints = inWindow(settings.caribbeanRoute);
  const routeIssues: IndicatorInputIssue[] = [];
  for (const [field, route, points] of [
    ['corridorRoute', settings.corridorRoute, corridorPoints],
    ['caribbeanRoute', settings.caribbeanRoute, caribbeanPoints],
  ] as const) {
    if (points.length === 0) {
      routeIssues.push(
        inputIssue('unknown-route', [field], route, { present: routesIn(observations), from, to }),
      );
    }
  }
  if (routeIssues.length > 0) throw new IndicatorInputError(INDICATOR, routeIssues);

  const corridor = new Map(groupByYear(corridorPoints).map((year) => [year.refYear, year]));
  const caribbean = new Map(groupByYear(caribbeanPoints).map((year) => [year.refYear, year]));
  const endToEnd = evaluateWindow(corridor, caribbean, settings, from, to);
  const shared = [...corridor.keys()].filter((year) => caribbean.has(year)).sort((a, b) => a - b);
  const windows: BalloonWindow[] = [];
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      windows.push(evaluateWindow(corridor, caribbean, settings, shared[i]!, shared[j]!));
    }
  }
  let largestSwing: BalloonWindow | null = null;
  for (const window of windows) {
    const rise = window.caribbean.changePp!.low;
    const fall = window.corridor.changePp!.high;
    if (
      largestSwing === null ||
      rise > largestSwing.caribbean.changePp!.low ||
      (rise === largestSwing.caribbean.changePp!.low && fall < largestSwing.corridor.changePp!.high)
    ) {
      largestSwing = window;
    }
  }
  const corridorYears = [...corridor.values()];
  const caribbeanYears = [...caribbean.values()];
  const corridorLow = corridorYears.reduce<CorridorYear | null>(
    (best, year) =>
      best === null || year.low < best.low || (year.low === best.low && year.high < best.high)
        ? year
        : best,
    null,
  );
  const caribbeanHigh = caribbeanYears.reduce<CorridorYear | null>(
    (best, year) =>
      best === null || year.high > best.high || (year.high === best.high && year.low > best.low)
        ? year
        : best,
    null,
  );
  const verdicts = new Set([endToEnd, ...windows].map((window) => window.balloon));
  const windowDependent = verdicts.size > 1;
  const summary = [
    `End to end, ${describeWindow(endToEnd)}.`,
    largestSwing
      ? `Largest swing, ${describeWindow(largestSwing)}.`
      : 'No two years in the window report both routes.',
    windowDependent
      ? `The verdict depends on the years compared (${[...verdicts].sort().join(', ')}).`
      : `Every window gives the same verdict (${endToEnd.balloon}).`,
  ].join(' ');
  return {
    from,
    to,
    thresholdPp,
    corridorRoute: settings.corridorRoute,
    caribbeanRoute: settings.caribbeanRoute,
    endToEnd,
    largestSwing,
    extremes: { corridorLow, caribbeanHigh },
    windows,
    windowDependent,
    summary,
    sourceIds: pointSourceIds([...corridorPoints, ...caribbeanPoints]),
  };
}

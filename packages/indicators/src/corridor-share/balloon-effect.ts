import type { CorridorObservation } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import {
  corridorRowIssues,
  groupByYear,
  isSingleYear,
  pointSourceIds,
  routePoints,
  routesIn,
} from './route-years.js';
import { evaluateWindow } from './balloon-window.js';
import { describeWindow } from './describe-window.js';
import type { BalloonEffect, BalloonEffectOptions, BalloonWindow, CorridorYear } from './types.js';

const INDICATOR = 'balloonEffect';

/**
 * Did the Caribbean share of U.S.-bound cocaine rise by at least `thresholdPp` percentage points
 * while the Mexico/Central America corridor share fell? Answered end to end (`from` against
 * `to`) and for every pair of years in between where both routes are reported, because the
 * answer depends on the years compared (`windowDependent`).
 *
 * Each year is the range of its published figures (percent); a change is a range too (lowest
 * possible to highest possible, in percentage points), so a finding is `yes` or `no` only when
 * every figure agrees. Figures for a span of years are not used. Years without a figure give
 * `unknown`; nothing is interpolated and
 * different measures are not reconciled (each point carries its measure and source).
 *
 * @throws {IndicatorInputError} on invalid rows, `from >= to`, a negative threshold, or a route
 * without figures.
 *
 * @example
 * ```ts
 * import { corridorObservations } from '@usmx/data';
 * import { balloonEffect } from '@usmx/indicators/corridor-share';
 *
 * const effect = balloonEffect(corridorObservations, { from: 2010, to: 2016, thresholdPp: 5 });
 * effect.endToEnd.corridor.changePp; // { low: -5, high: -5 }: 95% -> 90%
 * effect.largestSwing?.caribbean.changePp; // { low: 9, high: 11 }: 5% (2010) -> 14-16% (2013)
 * ```
 */
export function balloonEffect(
  observations: readonly CorridorObservation[],
  options: BalloonEffectOptions,
): BalloonEffect {
  const issues: IndicatorInputIssue[] = corridorRowIssues(observations);
  const { from, to, thresholdPp } = options ?? ({} as BalloonEffectOptions);
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      issues.push(inputIssue('not-reference-year', [field], value, {}));
    }
  }
  if (Number.isInteger(from) && Number.isInteger(to) && from >= to) {
    issues.push(inputIssue('not-after-from', ['to'], to, { from }));
  }
  if (typeof thresholdPp !== 'number' || !Number.isFinite(thresholdPp) || thresholdPp < 0) {
    issues.push(inputIssue('not-percentage-points', ['thresholdPp'], thresholdPp, {}));
  }
  if (issues.length > 0) throw new IndicatorInputError(INDICATOR, issues);

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

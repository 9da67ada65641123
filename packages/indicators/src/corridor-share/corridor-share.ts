import type { CorridorObservation } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import {
  corridorRowIssues,
  groupByYear,
  includeUnverifiedIssues,
  isSingleYear,
  pointSourceIds,
  routePoints,
  routesIn,
} from './route-years.js';
import type {
  CorridorPoint,
  CorridorShare,
  CorridorShareOptions,
  CorridorSourceSeries,
} from './types.js';

const INDICATOR = 'corridorShare';

function optionalText(value: unknown, field: string, issues: IndicatorInputIssue[]): void {
  if (value !== undefined && (typeof value !== 'string' || value === '')) {
    issues.push(inputIssue('not-text', [field], value, {}));
  }
}

/**
 * The share of U.S.-bound cocaine on one route, by reference year, as published: each year is the
 * range its figures span (in percent), never an average, and `bySource` keeps one series per
 * source so that disagreeing estimates stay visible.
 *
 * Missing data: years with no figure are absent (not interpolated). Figures whose year is a span
 * or uncertain (`2014/2015`) are listed in `spans` and `bySource` but in no year. Rows marked
 * `verified: 'false'` (figures not found in any source) are left out
 * unless `includeUnverified` is set.
 *
 * @throws {IndicatorInputError} on empty or invalid rows, an unknown route, options of the wrong
 * type (`includeUnverified` not a boolean), or filters that leave no figure.
 *
 * @example
 * ```ts
 * import { corridorObservations } from '@usmx/data';
 * import { corridorShare } from '@usmx/indicators/corridor-share';
 *
 * const share = corridorShare(corridorObservations);
 * share.years.find((y) => y.refYear === 2010); // { low: 95, high: 95, points: [ONDCP...] }
 * ```
 */
export function corridorShare(
  observations: readonly CorridorObservation[],
  options?: CorridorShareOptions,
): CorridorShare {
  const opts = options ?? {};
  const issues = corridorRowIssues(observations);
  const route = opts.route ?? 'mexico_central_america';
  optionalText(route, 'route', issues);
  optionalText(opts.measure, 'measure', issues);
  optionalText(opts.source, 'source', issues);
  issues.push(...includeUnverifiedIssues(opts.includeUnverified));
  const includeUnverified = opts.includeUnverified ?? false;
  if (issues.length > 0) throw new IndicatorInputError(INDICATOR, issues);

  const onRoute = routePoints(observations, route, includeUnverified);
  if (onRoute.length === 0) {
    throw new IndicatorInputError(INDICATOR, [
      inputIssue('unknown-route', ['route'], route, { present: routesIn(observations) }),
    ]);
  }
  const measure = opts.measure?.toLowerCase();
  const points = onRoute.filter(
    (point) =>
      (measure === undefined || point.measure.en.toLowerCase().includes(measure)) &&
      (opts.source === undefined ||
        point.sourceId === opts.source ||
        point.viaSourceId === opts.source),
  );
  if (points.length === 0) {
    const filters: IndicatorInputIssue[] = [];
    if (opts.measure !== undefined) {
      filters.push(
        inputIssue('no-matching-figure', ['measure'], opts.measure, {
          route,
          kind: 'measure',
          present: [...new Set(onRoute.map((p) => p.measure.en))].sort(),
        }),
      );
    }
    if (opts.source !== undefined) {
      filters.push(
        inputIssue('no-matching-figure', ['source'], opts.source, {
          route,
          kind: 'source',
          present: pointSourceIds(onRoute),
        }),
      );
    }
    throw new IndicatorInputError(INDICATOR, filters);
  }

  const years = groupByYear(points);
  const sources = new Map<string, CorridorPoint[]>();
  for (const point of points) {
    const list = sources.get(point.sourceId);
    if (list === undefined) sources.set(point.sourceId, [point]);
    else list.push(point);
  }
  const bySource: CorridorSourceSeries[] = [...sources]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sourceId, list]) => ({ sourceId, reportedBy: list[0]!.reportedBy, points: list }));

  return {
    route,
    measure: opts.measure ?? null,
    source: opts.source ?? null,
    includeUnverified,
    sourceIds: pointSourceIds(points),
    years,
    spans: points.filter((point) => !isSingleYear(point)),
    bySource,
    disagreements: years
      .filter((year) =>
        year.points.some((p) => p.low !== year.points[0]!.low || p.high !== year.points[0]!.high),
      )
      .map((year) => year.refYear),
  };
}

import type { CorridorObservation } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import type { RowCheck } from '../internal/validate.js';
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
import type {
  CorridorPoint,
  CorridorShare,
  CorridorShareOptions,
  CorridorSourceSeries,
} from './types.js';

/** The indicator's name in its errors, whichever entry checked the rows. */
const INDICATOR = 'corridorShare';

function optionalText(value: unknown, field: string, issues: IndicatorInputIssue[]): void {
  if (value !== undefined && (typeof value !== 'string' || value === '')) {
    issues.push(inputIssue('not-text', [field], value, {}));
  }
}

/**
 * {@link corridorShare} for rows already known to be valid, such as `@usmx/data`'s own (validated
 * when the package is built), without zod: a page that charts them loads no schema code. Each row
 * still passes a fast check that accepts exactly the rows the schema accepts; a row it rejects is
 * an `invalid-row` issue, which does not say which field is wrong: call {@link corridorShare} on
 * the same rows for that. Everything else (options, filters, results, errors) is the same.
 *
 * @throws {IndicatorInputError} as {@link corridorShare} does, with `invalid-row` in place of
 * zod's `schema` issues.
 *
 * @example
 * ```ts
 * import { corridorObservations } from '@usmx/data/corridor';
 * import { corridorShareOfValidRows } from '@usmx/indicators/corridor-share';
 *
 * const caribbean = corridorShareOfValidRows(corridorObservations, { route: 'caribbean' });
 * caribbean.years.at(-1); // { refYear: 2014, low: 5, high: 16, points: [...] }, as corridorShare gives it
 * ```
 */
export function corridorShareOfValidRows(
  observations: readonly CorridorObservation[],
  options?: CorridorShareOptions,
): CorridorShare {
  return shareOf(observations, options, guardChecked(INDICATOR));
}

/**
 * The share, its rows checked by `checkRows`: what {@link corridorShare} and
 * {@link corridorShareOfValidRows} share.
 */
export function shareOf(
  observations: readonly CorridorObservation[],
  options: CorridorShareOptions | undefined,
  checkRows: RowCheck,
): CorridorShare {
  const opts = options ?? {};
  const issues = corridorRowIssues(observations, checkRows);
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

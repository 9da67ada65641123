import type { CorridorObservation } from '@usmx/data/schemas';
import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import { extent } from '../internal/extent.js';
import { eachRowIssue, type RowCheck } from '../internal/validate.js';
import type { CorridorPoint, CorridorYear } from './types.js';

/** The problem of an `includeUnverified` option that is given and not a boolean. */
export function includeUnverifiedIssues(value: unknown): IndicatorInputIssue[] {
  return value === undefined || typeof value === 'boolean'
    ? []
    : [inputIssue('not-one-of', ['includeUnverified'], value, { expected: ['true', 'false'] })];
}

/**
 * Validates corridor rows: each through `checkRows` (the schema, or the fast guard alone), then
 * `pctLow <= pctHigh`.
 */
export function corridorRowIssues(
  observations: unknown,
  checkRows: RowCheck,
): IndicatorInputIssue[] {
  const issues = checkRows(observations);
  if (issues.length > 0) return issues;
  return eachRowIssue(observations as CorridorObservation[], (row, i) =>
    row.pctLow > row.pctHigh
      ? inputIssue('low-above-high', ['observations', i, 'pctLow'], row.pctLow, {
          high: row.pctHigh,
          field: 'pctHigh',
        })
      : undefined,
  );
}

/** A table row as a point. */
export function toPoint(row: CorridorObservation): CorridorPoint {
  const point: CorridorPoint = {
    id: row.id,
    refYear: row.refYear,
    period: row.period,
    low: row.pctLow,
    high: row.pctHigh,
    text: row.pctText,
    measure: row.measure,
    reportedBy: row.reportedBy,
    sourceId: row.sourceId,
    verified: row.verified,
  };
  if (row.refYearTo !== undefined && row.refYearTo !== row.refYear) point.refYearTo = row.refYearTo;
  if (row.viaSourceId !== undefined) point.viaSourceId = row.viaSourceId;
  return point;
}

function byPoint(a: CorridorPoint, b: CorridorPoint): number {
  return a.refYear - b.refYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether a point describes one reference year (not a span or an uncertain year). */
export function isSingleYear(point: CorridorPoint): boolean {
  return point.refYearTo === undefined;
}

/**
 * Groups single-year points by reference year; each year spans its points' lowest and highest
 * bound. Points with a span of years are left out.
 */
export function groupByYear(points: readonly CorridorPoint[]): CorridorYear[] {
  const years = new Map<number, CorridorPoint[]>();
  for (const point of points) {
    if (!isSingleYear(point)) continue;
    const list = years.get(point.refYear);
    if (list === undefined) years.set(point.refYear, [point]);
    else list.push(point);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([refYear, list]) => ({
      refYear,
      low: extent(list.map((point) => point.low))![0],
      high: extent(list.map((point) => point.high))![1],
      points: list.sort(byPoint),
    }));
}

/** Sorted `sourceId`s and `viaSourceId`s of the points. */
export function pointSourceIds(points: Iterable<CorridorPoint>): string[] {
  const ids = new Set<string>();
  for (const point of points) {
    ids.add(point.sourceId);
    if (point.viaSourceId !== undefined) ids.add(point.viaSourceId);
  }
  return [...ids].sort();
}

/** Points on `route`, without unverified claims unless asked for. */
export function routePoints(
  rows: readonly CorridorObservation[],
  route: string,
  includeUnverified: boolean,
): CorridorPoint[] {
  return rows
    .filter((row) => row.route === route && (includeUnverified || row.verified !== 'false'))
    .map(toPoint)
    .sort(byPoint);
}

/** Sorted distinct route labels. */
export function routesIn(rows: readonly CorridorObservation[]): string[] {
  return [...new Set(rows.map((row) => row.route))].sort();
}

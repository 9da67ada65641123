import { publishedGroupCountSchema, type PublishedGroupCount } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue } from '../issues.js';
import { eachRowIssue, rowIssues } from '../internal/validate.js';
import type { PublishedCountPoint, PublishedCountSeries, PublishedCounts } from './types.js';

/**
 * Published counts of criminal groups as one series per unit (`dominant DTOs`, `cartels`,
 * `criminal cells`...), oldest first, to set beside a computed {@link splinterCount}. Units are
 * never merged: a count of cells is not a count of cartels. Counts are numbers of groups, as
 * ranges where the source gives one (`low`..`high`).
 *
 * Missing data: nothing is filled in; a unit has points only for the years a source counted it.
 * A count over a span of years (`2009-2020`) sits at its first year, with `refYearTo`.
 *
 * @throws {IndicatorInputError} on empty or invalid rows, `countLow > countHigh`, or a unit not in
 * the table.
 *
 * @example
 * ```ts
 * import { publishedGroupCounts } from '@usmx/data';
 * import { publishedCounts } from '@usmx/indicators/splinter-count';
 *
 * publishedCounts(publishedGroupCounts, { unit: 'dominant DTOs' }).series[0].points; // CRS: 4 in 2006
 * ```
 */
export function publishedCounts(
  table: readonly PublishedGroupCount[],
  options?: { unit?: string },
): PublishedCounts {
  const opts = options ?? {};
  const schemaProblems = rowIssues(table, ['table'], publishedGroupCountSchema);
  const issues =
    schemaProblems.length > 0
      ? schemaProblems
      : eachRowIssue(table, (row, i) =>
          row.countLow > row.countHigh
            ? inputIssue('low-above-high', ['table', i, 'countLow'], row.countLow, {
                high: row.countHigh,
                field: 'countHigh',
              })
            : undefined,
        );
  const units = issues.length === 0 ? [...new Set(table.map((row) => row.unit.en))].sort() : [];
  if (issues.length === 0 && opts.unit !== undefined && !units.includes(opts.unit)) {
    issues.push(inputIssue('unknown-unit', ['unit'], opts.unit, { present: units }));
  }
  if (issues.length > 0) throw new IndicatorInputError('publishedCounts', issues);

  const series: PublishedCountSeries[] = units
    .filter((unit) => opts.unit === undefined || unit === opts.unit)
    .map((unit) => ({
      unit,
      points: table
        .filter((row) => row.unit.en === unit)
        .map((row): PublishedCountPoint => ({
          id: row.id,
          refYear: row.refYear,
          ...(row.refYearTo !== undefined ? { refYearTo: row.refYearTo } : {}),
          refDateText: row.refDateText.en,
          low: row.countLow,
          high: row.countHigh,
          countingBody: row.countingBody.en,
          scope: row.scope,
          sourceId: row.sourceId,
          verified: row.verified,
        }))
        .sort((a, b) => a.refYear - b.refYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    }));
  return {
    unit: opts.unit ?? null,
    series,
    sourceIds: [...new Set(series.flatMap((s) => s.points.map((p) => p.sourceId)))].sort(),
  };
}

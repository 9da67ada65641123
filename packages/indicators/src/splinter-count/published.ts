import type { PublishedGroupCount } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue } from '../issues.js';
import { eachRowIssue, type RowCheck } from '../internal/validate.js';
import { publishedCountsGuarded } from './published-count-guard.js';
import type { PublishedCountPoint, PublishedCountSeries, PublishedCounts } from './types.js';

/** The indicator's name in its errors, whichever entry checked the rows. */
const INDICATOR = 'publishedCounts';

/**
 * {@link publishedCounts} for a table already known to be valid, such as `@usmx/data`'s own
 * (validated when the package is built), without zod: a page that charts it loads no schema code.
 * Each row still passes a fast check that accepts exactly what the schema accepts; a row it
 * rejects is an `invalid-row` issue, which does not say which field is wrong: call
 * {@link publishedCounts} on the same table for that. Everything else (units, series, errors) is
 * the same.
 *
 * @throws {IndicatorInputError} as {@link publishedCounts} does, with `invalid-row` in place of
 * zod's `schema` issues.
 *
 * @example
 * ```ts
 * import { publishedGroupCounts } from '@usmx/data/groups';
 * import { publishedCountsOfValidRows } from '@usmx/indicators/splinter-count';
 *
 * const counts = publishedCountsOfValidRows(publishedGroupCounts, { unit: 'dominant DTOs' });
 * counts.series[0].points; // CRS: 4 in 2006, as publishedCounts gives it
 * ```
 */
export function publishedCountsOfValidRows(
  table: readonly PublishedGroupCount[],
  options?: { unit?: string },
): PublishedCounts {
  return publishedCountsOf(table, options, publishedCountsGuarded(INDICATOR));
}

/**
 * The series, the table's rows checked by `checkRows`: what {@link publishedCounts} and
 * {@link publishedCountsOfValidRows} share.
 */
export function publishedCountsOf(
  table: readonly PublishedGroupCount[],
  options: { unit?: string } | undefined,
  checkRows: RowCheck,
): PublishedCounts {
  const opts = options ?? {};
  const schemaProblems = checkRows(table);
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
  if (issues.length > 0) throw new IndicatorInputError(INDICATOR, issues);

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

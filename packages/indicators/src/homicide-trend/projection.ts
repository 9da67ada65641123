import { sumMonths } from './annual-totals.js';
import { monthIndex } from './periods.js';
import type { SeriesSelection } from './select-series.js';
import type { AnnualRow, ProjectionMethod } from './types.js';

export interface ProjectionSettings {
  method: ProjectionMethod;
  seasonalYears: number;
}

export type YearProjection =
  { value: number; ytd: number; referenceYears: number[] } | { value: null; reason: string };

/**
 * Full-year estimate for `year` from its months 1..`month`.
 * - run-rate: `ytd * 12 / month`.
 * - seasonal: `ytd / share`, where `share` = (sum of months 1..month) / (sum of annual totals)
 *   over the up to `seasonalYears` calendar years before `year` that have both.
 */
export function projectYear(
  selection: SeriesSelection,
  totals: Map<number, AnnualRow>,
  year: number,
  month: number,
  settings: ProjectionSettings,
): YearProjection {
  const ytd = sumMonths(selection, monthIndex(year, 1), monthIndex(year, month));
  if (ytd.missing.length > 0)
    return { value: null, reason: `months 1-${month} of ${year} are incomplete` };
  if (settings.method === 'run-rate') {
    return { value: (ytd.sum * 12) / month, ytd: ytd.sum, referenceYears: [] };
  }
  let shareNumerator = 0;
  let shareDenominator = 0;
  const referenceYears: number[] = [];
  for (let k = year - settings.seasonalYears; k < year; k++) {
    const total = totals.get(k);
    if (total === undefined) continue;
    const part = sumMonths(selection, monthIndex(k, 1), monthIndex(k, month));
    if (part.missing.length > 0) continue;
    shareNumerator += part.sum;
    shareDenominator += total.count;
    referenceYears.push(k);
  }
  if (referenceYears.length === 0) {
    return {
      value: null,
      reason: `seasonal projection needs an earlier year (within ${settings.seasonalYears}) with months 1-${month} and a full-year total`,
    };
  }
  if (shareNumerator === 0) {
    return {
      value: null,
      reason: `months 1-${month} held 0 in the reference years ${referenceYears.join(', ')}: the seasonal share is 0`,
    };
  }
  const share = Math.min(1, shareNumerator / shareDenominator);
  return { value: ytd.sum / share, ytd: ytd.sum, referenceYears };
}

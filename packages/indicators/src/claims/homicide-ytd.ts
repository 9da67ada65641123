import type { Claim, HomicideSeries } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { homicideTrend } from '../homicide-trend/homicide-trend.js';
import {
  candidateSeries,
  hasReleaseBy,
  latestRelease,
  type SeriesLoader,
} from './homicide-data.js';
import { point, withinTolerance } from './ranges.js';
import type { ClaimReading } from './types.js';

type YtdTest = Extract<Claim['test'], { indicator: 'homicide-ytd-change' }>;

function coversWindow(asOf: string): (series: HomicideSeries) => boolean {
  const previousJanuary = `${Number(asOf.slice(0, 4)) - 1}-01`;
  return (series) =>
    series.frequency === 'monthly' &&
    series.coverage.from <= previousJanuary &&
    series.coverage.to >= asOf;
}

/**
 * The year-to-date change of every series of the claim's crime (and of the other whole-homicide
 * crimes) for January..`asOf`: now, and as published on the claim's date where a release of that
 * date holds the window.
 */
export async function homicideYtdReadings(
  test: YtdTest,
  claimDate: string,
  series: readonly HomicideSeries[],
  load: SeriesLoader,
): Promise<{ atClaimDate: ClaimReading[]; now: ClaimReading[] }> {
  const atClaimDate: ClaimReading[] = [];
  const now: ClaimReading[] = [];
  for (const candidate of candidateSeries(
    series,
    test.crime,
    test.region,
    coversWindow(test.asOf),
  )) {
    const rows = await load(candidate.series.id, test.region);
    if (rows.length === 0) continue;
    const read = (vintage: string | undefined, asOf: ClaimReading['asOf']): ClaimReading | null => {
      let trend;
      try {
        trend = homicideTrend(rows, {
          series: candidate.series.id,
          region: test.region,
          asOf: test.asOf,
          ...(vintage === undefined ? {} : { vintage }),
        });
      } catch (error) {
        if (error instanceof IndicatorInputError) return null;
        throw error;
      }
      const change = trend.ytd?.changePct;
      if (change === null || change === undefined) return null;
      return {
        id: candidate.series.id,
        kind: 'series',
        label: candidate.series.title,
        asOf,
        vintage: latestRelease(trend.vintagesUsed),
        value: point(change),
        unit: 'percent',
        sameDefinition: candidate.sameDefinition,
        agrees: withinTolerance(point(change), test.claimed, test.tolerancePp),
        sourceIds: trend.sourceIds,
      };
    };
    const latest = read(undefined, 'latest');
    if (latest) now.push(latest);
    if (hasReleaseBy(rows, claimDate)) {
      const then = read(claimDate, 'claim-date');
      if (then) atClaimDate.push(then);
    }
  }
  return { atClaimDate, now };
}

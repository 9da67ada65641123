import type { Claim, HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import { homicideTrend } from '../homicide-trend/homicide-trend.js';
import { hasReleaseBy, latestRelease, seriesReadings } from './homicide-data.js';
import type { CandidateSeries, HomicideInputs } from './homicide-data.js';
import { point, withinTolerance } from './ranges.js';
import { unlessInputError, type ClaimReadings } from './readings.js';
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
export function homicideYtdReadings(
  test: YtdTest,
  claimDate: string,
  inputs: HomicideInputs,
): Promise<ClaimReadings> {
  const readSeries = (
    candidate: CandidateSeries,
    rows: HomicideObservation[],
    { atClaimDate, now }: ClaimReadings,
  ): void => {
    const read = (vintage: string | undefined, asOf: ClaimReading['asOf']): ClaimReading | null => {
      const trend = unlessInputError(
        () =>
          homicideTrend(rows, {
            series: candidate.series.id,
            region: test.region,
            asOf: test.asOf,
            ...(vintage === undefined ? {} : { vintage }),
          }),
        null,
      );
      if (trend === null) return null;
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
  };
  return seriesReadings(test, inputs, coversWindow(test.asOf), readSeries);
}

import type { Claim, HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import { homicideTrend } from '../homicide-trend/homicide-trend.js';
import { latestRelease, monthAtClaimDate, noReleaseHeld, seriesReadings } from './homicide-data.js';
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
 * The year-to-date change of every series of the claim's own and other plausible crimes: now for
 * January..`asOf`, and as published on the claim's date for January to the latest month published
 * by then (never after `asOf`); a series with no release by then that reaches the claim's year is
 * a claim-date reading with no figure, which says so.
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
    const read = (
      asOf: string,
      vintage: string | undefined,
      when: ClaimReading['asOf'],
    ): ClaimReading | null => {
      const trend = unlessInputError(
        () =>
          homicideTrend(rows, {
            series: candidate.series.id,
            region: test.region,
            asOf,
            ...(vintage === undefined ? {} : { vintage }),
          }),
        null,
      );
      const change = trend?.ytd?.changePct;
      if (trend === null || change === null || change === undefined) return null;
      return {
        id: candidate.series.id,
        kind: 'series',
        label: candidate.series.title,
        asOf: when,
        vintage: latestRelease(trend.vintagesUsed),
        value: point(change),
        unit: 'percent',
        through: asOf,
        sameDefinition: candidate.sameDefinition,
        counted: true,
        agrees: withinTolerance(point(change), test.claimed, test.tolerancePp),
        sourceIds: trend.sourceIds,
      };
    };
    const latest = read(test.asOf, undefined, 'latest');
    if (latest) now.push(latest);
    const through = monthAtClaimDate(rows, candidate.series, test.region, claimDate, test.asOf);
    const then = through === null ? null : read(through, claimDate, 'claim-date');
    atClaimDate.push(then ?? noReleaseHeld(candidate, claimDate, test.asOf.slice(0, 4)));
  };
  return seriesReadings(test, inputs, coversWindow(test.asOf), readSeries);
}

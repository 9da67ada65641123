import type { Claim, ClaimDefinitions, CorridorObservation, Source } from '@usmx/data/schemas';
import { balloonEffect } from '../corridor-share/balloon-effect.js';
import { corridorShare } from '../corridor-share/corridor-share.js';
import type { BalloonWindow, CorridorPoint } from '../corridor-share/types.js';
import { routeName } from './format.js';
import { publishedBy, withinTolerance } from './ranges.js';
import { unlessInputError, type ClaimReadings } from './readings.js';
import type { Bilingual, ClaimReading } from './types.js';

type ShareTest = Extract<Claim['test'], { indicator: 'corridor-share' }>;
type BalloonTest = Extract<Claim['test'], { indicator: 'balloon-effect' }>;

/** The corridor figures a claim is read against, and the sources that date them. */
export interface CorridorInputs {
  rows: readonly CorridorObservation[];
  sources: ReadonlyMap<string, Source>;
}

/** When a figure was published: its source's date, else the date of the page it was read on. */
function pointDate(point: CorridorPoint, sources: ReadonlyMap<string, Source>): string | undefined {
  return (
    sources.get(point.sourceId)?.date ??
    (point.viaSourceId === undefined ? undefined : sources.get(point.viaSourceId)?.date)
  );
}

/** Whether a figure's period (`calendar year`, `first half (Jan-Jun)`) is one of `periods`. */
function periodIn(point: CorridorPoint, periods: readonly string[]): boolean {
  return periods.some((period) => point.period.en.startsWith(period));
}

function pointReading(
  point: CorridorPoint,
  sources: ReadonlyMap<string, Source>,
  test: Pick<ShareTest, 'claimed' | 'tolerancePp'> & { definitions: ClaimDefinitions },
  asOf: ClaimReading['asOf'],
): ClaimReading {
  const value = { low: point.low, high: point.high };
  const own = periodIn(point, test.definitions.own);
  return {
    id: point.id,
    kind: 'corridor-figure',
    label: {
      en: `${point.refYear}, ${point.reportedBy.en}: "${point.text}" (${point.period.en}; ${point.measure.en})`,
      es: `${point.refYear}, ${point.reportedBy.es ?? point.reportedBy.en}: "${point.text}" (${point.period.es ?? point.period.en}; ${point.measure.es ?? point.measure.en})`,
    },
    asOf,
    vintage: pointDate(point, sources) ?? null,
    value,
    unit: 'percent',
    measure: { en: point.measure.en, es: point.measure.es ?? point.measure.en },
    sameDefinition: own,
    counted: own || periodIn(point, test.definitions.other),
    agrees: withinTolerance(value, test.claimed, test.tolerancePp),
    sourceIds:
      point.viaSourceId === undefined ? [point.sourceId] : [point.sourceId, point.viaSourceId],
  };
}

/** Rows other than those recording the claim itself. */
function evidence(rows: readonly CorridorObservation[], claim: Claim): CorridorObservation[] {
  return rows.filter((row) => !claim.rowIds.includes(row.id));
}

/** Figures of one route for some years; none when the route has no figure. */
function routeFigures(
  rows: readonly CorridorObservation[],
  route: string,
  years: readonly number[],
): CorridorPoint[] {
  return unlessInputError(
    () =>
      corridorShare(rows, { route })
        .years.filter((year) => years.includes(year.refYear))
        .flatMap((year) => year.points),
    [],
  );
}

/**
 * Every other source's figure for the claim's route and year(s): all of them now, and those
 * published by the claim's date.
 */
export function corridorShareReadings(
  claim: Claim,
  test: ShareTest,
  claimDate: string,
  { rows, sources }: CorridorInputs,
): ClaimReadings {
  const years: number[] = [];
  for (let year = test.refYear; year <= (test.refYearTo ?? test.refYear); year++) years.push(year);
  const points = routeFigures(evidence(rows, claim), test.route, years);
  return {
    now: points.map((p) => pointReading(p, sources, test, 'latest')),
    atClaimDate: points
      .filter((p) => publishedBy(pointDate(p, sources), claimDate))
      .map((p) => pointReading(p, sources, test, 'claim-date')),
  };
}

function windowReading(
  window: BalloonWindow,
  test: BalloonTest,
  endToEnd: boolean,
  asOf: ClaimReading['asOf'],
  sourceIds: string[],
): ClaimReading {
  const decided = window.balloon === 'yes' || window.balloon === 'no';
  const reading: ClaimReading = {
    id: `${window.fromYear}-${window.toYear}`,
    kind: 'balloon-window',
    label: endToEnd
      ? {
          en: `end to end, ${window.fromYear} to ${window.toYear}`,
          es: `de punta a punta, ${window.fromYear} a ${window.toYear}`,
        }
      : {
          en: `${window.fromYear} to ${window.toYear}`,
          es: `${window.fromYear} a ${window.toYear}`,
        },
    asOf,
    vintage: null,
    value: window.caribbean.changePp,
    unit: 'pp',
    window,
    sameDefinition: endToEnd,
    counted: true,
    agrees: decided ? (window.balloon === 'yes') === test.claimedBalloon : null,
    sourceIds,
  };
  if (!decided) {
    reading.note = missingNote(window) ?? {
      en: 'the figures straddle the threshold',
      es: 'las cifras quedan a ambos lados del umbral',
    };
  }
  return reading;
}

/** The route-years a window has no figure for ("not reported: Caribbean 2016"), if any. */
function missingNote(window: BalloonWindow): Bilingual | undefined {
  const missing = [window.corridor, window.caribbean].flatMap((change) => [
    ...(change.from === null ? [[change.route, window.fromYear] as const] : []),
    ...(change.to === null ? [[change.route, window.toYear] as const] : []),
  ]);
  if (missing.length === 0) return undefined;
  const list = (language: keyof Bilingual) =>
    missing.map(([route, year]) => `${routeName(route, language)} ${year}`).join(', ');
  return { en: `not reported: ${list('en')}`, es: `sin cifra: ${list('es')}` };
}

function balloonWindows(
  rows: readonly CorridorObservation[],
  test: BalloonTest,
  asOf: ClaimReading['asOf'],
): ClaimReading[] {
  const effect = unlessInputError(
    () => balloonEffect(rows, { from: test.from, to: test.to, thresholdPp: test.thresholdPp }),
    null,
  );
  if (effect === null) return [];
  const inside = effect.windows.filter(
    (window) => window.fromYear !== test.from || window.toYear !== test.to,
  );
  return [
    windowReading(effect.endToEnd, test, true, asOf, effect.sourceIds),
    ...inside.map((window) => windowReading(window, test, false, asOf, effect.sourceIds)),
  ];
}

/**
 * The balloon test end to end (the claim's own window) and for every pair of years in between
 * (other windows), now and with the figures published by the claim's date; plus the corridor's
 * figures for `to` when the claim states one.
 */
export function balloonReadings(
  claim: Claim,
  test: BalloonTest,
  claimDate: string,
  inputs: CorridorInputs,
): ClaimReadings {
  const { rows, sources } = inputs;
  const all = evidence(rows, claim);
  const then = all.filter((row) =>
    publishedBy(
      sources.get(row.sourceId)?.date ?? sources.get(row.viaSourceId ?? '')?.date,
      claimDate,
    ),
  );
  const now = balloonWindows(all, test, 'latest');
  const atClaimDate = balloonWindows(then, test, 'claim-date');
  if (test.claimedToPct) {
    const share = corridorShareReadings(
      claim,
      {
        indicator: 'corridor-share',
        route: 'mexico_central_america',
        refYear: test.to,
        claimed: test.claimedToPct,
        tolerancePp: test.tolerancePp,
        definitions: test.definitions,
      },
      claimDate,
      inputs,
    );
    now.push(...share.now);
    atClaimDate.push(...share.atClaimDate);
  }
  return { atClaimDate, now };
}

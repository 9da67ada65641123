import type { Claim, HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import { homicideTrend } from '../homicide-trend/homicide-trend.js';
import type { HomicideTrend, RecordYear } from '../homicide-trend/types.js';
import { latestRelease, monthAtClaimDate, noReleaseHeld, seriesReadings } from './homicide-data.js';
import type { CandidateSeries, HomicideInputs } from './homicide-data.js';
import { point } from './ranges.js';
import { unlessInputError, type ClaimReadings } from './readings.js';
import type { Bilingual, ClaimReading } from './types.js';

type RecordTest = Extract<Claim['test'], { indicator: 'homicide-record' }>;

function tryTrend(
  rows: readonly HomicideObservation[],
  options: Parameters<typeof homicideTrend>[1],
): HomicideTrend | null {
  return unlessInputError(() => homicideTrend(rows, options), null);
}

/** Whether `value` beats the series' record, and what to say when the record is not the claimed year. */
function judge(
  value: number,
  record: RecordYear | null,
  test: RecordTest,
): { agrees: boolean | null; note?: Bilingual } {
  if (record === null) {
    return {
      agrees: null,
      note: {
        en: `no complete year before ${test.year} in this series`,
        es: `la serie no tiene un año completo antes de ${test.year}`,
      },
    };
  }
  if (record.since > test.recordYear) {
    return {
      agrees: null,
      note: {
        en: `the series starts in ${record.since}, after ${test.recordYear}: it cannot show the ${test.recordYear} record (its highest year before ${test.year} is ${record.year}, the highest since ${record.since} only)`,
        es: `la serie empieza en ${record.since}, después de ${test.recordYear}: no puede mostrar el récord de ${test.recordYear} (su año más alto antes de ${test.year} es ${record.year}, el más alto solo desde ${record.since})`,
      },
    };
  }
  if (record.year === test.recordYear) return { agrees: value > record.value };
  return {
    agrees: value > record.value,
    note: {
      en: `in this series the record before ${test.year} is ${record.year}, not ${test.recordYear}`,
      es: `en esta serie el récord antes de ${test.year} es ${record.year}, no ${test.recordYear}`,
    },
  };
}

function reading(
  series: HomicideSeries,
  sameDefinition: boolean,
  asOf: ClaimReading['asOf'],
  trend: HomicideTrend,
  value: number,
  test: RecordTest,
): ClaimReading {
  const judged = judge(value, trend.record, test);
  return {
    id: series.id,
    kind: 'series',
    label: series.title,
    asOf,
    vintage: latestRelease(trend.vintagesUsed),
    value: point(value),
    unit: series.unit,
    ...(trend.record
      ? {
          reference: {
            year: trend.record.year,
            value: trend.record.value,
            since: trend.record.since,
          },
        }
      : {}),
    ...(asOf === 'claim-date' ? { through: trend.asOf } : {}),
    sameDefinition,
    counted: true,
    agrees: judged.agrees,
    ...(judged.note ? { note: judged.note } : {}),
    sourceIds: trend.sourceIds,
  };
}

/**
 * Each series' total for the claim's year against its record (the highest earlier complete
 * year), now; and at the claim's date the projection from January to the latest month published
 * by then (never after `asOf`), as published then. A monthly series with no release by the claim's
 * date that reaches the claim's year is a claim-date reading with no figure, which says so.
 */
export function homicideRecordReadings(
  test: RecordTest,
  claimDate: string,
  inputs: HomicideInputs,
): Promise<ClaimReadings> {
  const year = String(test.year);
  const coversYear = (row: HomicideSeries) => row.coverage.from <= year && row.coverage.to >= year;
  const readSeries = (
    { series: row, sameDefinition }: CandidateSeries,
    rows: HomicideObservation[],
    { atClaimDate, now }: ClaimReadings,
  ): void => {
    const base = { series: row.id, region: test.region };
    const complete = tryTrend(rows, { ...base, asOf: `${test.year}-12` });
    const total = complete?.annual.find((annual) => annual.year === test.year);
    if (complete && total) {
      now.push(reading(row, sameDefinition, 'latest', complete, total.count, test));
    } else {
      now.push({
        id: row.id,
        kind: 'series',
        label: row.title,
        asOf: 'latest',
        vintage: null,
        value: null,
        unit: row.unit,
        sameDefinition,
        counted: true,
        agrees: null,
        note: {
          en: `${test.year} is not complete in this series`,
          es: `${test.year} no está completo en esta serie`,
        },
        sourceIds: row.sourceIds,
      });
    }
    if (row.frequency !== 'monthly') return;
    // a series first released after the claim's date was not there to read: said so, no figure
    const through = monthAtClaimDate(rows, row, test.region, claimDate, test.asOf);
    const trend =
      through === null
        ? null
        : tryTrend(rows, {
            ...base,
            asOf: through,
            vintage: claimDate,
            ...(test.method ? { method: test.method } : {}),
            ...(test.seasonalYears ? { seasonalYears: test.seasonalYears } : {}),
          });
    atClaimDate.push(
      trend?.projection
        ? reading(row, sameDefinition, 'claim-date', trend, trend.projection.value, test)
        : noReleaseHeld({ series: row, sameDefinition }, claimDate, String(test.year)),
    );
  };
  return seriesReadings(test, inputs, coversYear, readSeries);
}

import type { Claim, HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import { homicideTrend } from '../homicide-trend/homicide-trend.js';
import type { HomicideTrend, RecordYear } from '../homicide-trend/types.js';
import { hasReleaseBy, latestRelease, seriesReadings } from './homicide-data.js';
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
  series: HomicideSeries,
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
  if (record.year === test.recordYear) return { agrees: value > record.value };
  const first = Number(series.coverage.from.slice(0, 4));
  if (first > test.recordYear) {
    return {
      agrees: null,
      note: {
        en: `the series starts in ${first}, after ${test.recordYear}: it cannot show the ${test.recordYear} record (its highest year before ${test.year} is ${record.year})`,
        es: `la serie empieza en ${first}, después de ${test.recordYear}: no puede mostrar el récord de ${test.recordYear} (su año más alto antes de ${test.year} es ${record.year})`,
      },
    };
  }
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
  note?: Bilingual,
): ClaimReading {
  const judged = judge(value, trend.record, test, series);
  const notes = [note, judged.note].filter((text): text is Bilingual => text !== undefined);
  return {
    id: series.id,
    kind: 'series',
    label: series.title,
    asOf,
    vintage: latestRelease(trend.vintagesUsed),
    value: point(value),
    unit: series.unit,
    ...(trend.record ? { reference: { year: trend.record.year, value: trend.record.value } } : {}),
    sameDefinition,
    agrees: judged.agrees,
    ...(notes.length > 0
      ? {
          note: {
            en: notes.map((text) => text.en).join('; '),
            es: notes.map((text) => text.es).join('; '),
          },
        }
      : {}),
    sourceIds: trend.sourceIds,
  };
}

/**
 * Each series' total for the claim's year against its record (the highest earlier complete
 * year), now; and at the claim's date, for series published by then, the projection from
 * January..`asOf` as published then (or from the latest release, said so, when no release of that
 * date holds those months).
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
        agrees: null,
        note: {
          en: `${test.year} is not complete in this series`,
          es: `${test.year} no está completo en esta serie`,
        },
        sourceIds: row.sourceIds,
      });
    }
    if (row.frequency !== 'monthly') return;
    const projectionOptions = {
      ...base,
      asOf: test.asOf,
      ...(test.method ? { method: test.method } : {}),
      ...(test.seasonalYears ? { seasonalYears: test.seasonalYears } : {}),
    };
    // only series published by the claim's date: a series first released later was not there to read
    if (!hasReleaseBy(rows, claimDate)) return;
    const asPublished = tryTrend(rows, { ...projectionOptions, vintage: claimDate });
    const trend = asPublished ?? tryTrend(rows, projectionOptions);
    if (!trend?.projection) return;
    const laterRelease: Bilingual | undefined = asPublished
      ? undefined
      : {
          en: `no release held from the claim's date covers ${test.asOf}: projected from the latest release`,
          es: `ninguna publicación conservada de la fecha de la afirmación cubre ${test.asOf}: proyección con la publicación más reciente`,
        };
    atClaimDate.push(
      reading(row, sameDefinition, 'claim-date', trend, trend.projection.value, test, laterRelease),
    );
  };
  return seriesReadings(test, inputs, coversYear, readSeries);
}

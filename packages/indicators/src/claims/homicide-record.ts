import type { Claim, HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { homicideTrend } from '../homicide-trend/homicide-trend.js';
import type { HomicideTrend, RecordYear } from '../homicide-trend/types.js';
import {
  candidateSeries,
  hasReleaseBy,
  latestRelease,
  type SeriesLoader,
} from './homicide-data.js';
import { point } from './ranges.js';
import type { Bilingual, ClaimReading } from './types.js';

type RecordTest = Extract<Claim['test'], { indicator: 'homicide-record' }>;

function tryTrend(
  rows: readonly HomicideObservation[],
  options: Parameters<typeof homicideTrend>[1],
): HomicideTrend | null {
  try {
    return homicideTrend(rows, options);
  } catch (error) {
    if (error instanceof IndicatorInputError) return null;
    throw error;
  }
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
export async function homicideRecordReadings(
  test: RecordTest,
  claimDate: string,
  series: readonly HomicideSeries[],
  load: SeriesLoader,
): Promise<{ atClaimDate: ClaimReading[]; now: ClaimReading[] }> {
  const atClaimDate: ClaimReading[] = [];
  const now: ClaimReading[] = [];
  const year = String(test.year);
  const candidates = candidateSeries(
    series,
    test.crime,
    test.region,
    (row) => row.coverage.from <= year && row.coverage.to >= year,
  );
  for (const { series: row, sameDefinition } of candidates) {
    const rows = await load(row.id, test.region);
    if (rows.length === 0) continue;
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
    if (row.frequency !== 'monthly') continue;
    const projectionOptions = {
      ...base,
      asOf: test.asOf,
      ...(test.method ? { method: test.method } : {}),
      ...(test.seasonalYears ? { seasonalYears: test.seasonalYears } : {}),
    };
    // only series published by the claim's date: a series first released later was not there to read
    if (!hasReleaseBy(rows, claimDate)) continue;
    const asPublished = tryTrend(rows, { ...projectionOptions, vintage: claimDate });
    const trend = asPublished ?? tryTrend(rows, projectionOptions);
    if (!trend?.projection) continue;
    const laterRelease: Bilingual | undefined = asPublished
      ? undefined
      : {
          en: `no release held from the claim's date covers ${test.asOf}: projected from the latest release`,
          es: `ninguna publicación conservada de la fecha de la afirmación cubre ${test.asOf}: proyección con la publicación más reciente`,
        };
    atClaimDate.push(
      reading(row, sameDefinition, 'claim-date', trend, trend.projection.value, test, laterRelease),
    );
  }
  return { atClaimDate, now };
}

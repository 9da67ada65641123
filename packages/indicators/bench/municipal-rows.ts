import { readFileSync } from 'node:fs';
import type { HomicideObservation } from '@usmx/data/schemas';

/** INEGI deaths by homicide by municipality and month of registration, 1990-2015 (448,248 rows). */
export const MUNICIPAL_FILE = new URL(
  '../../data/raw/homicides/inegi_homicides_municipality_month_registration_1990_2015.csv',
  import.meta.url,
);

export interface MunicipalRows {
  /** Rows in the file. */
  fileRows: number;
  /** One series per municipality (`seriesId` = `mun-` + state code + municipality code), region `MX`. */
  rows: HomicideObservation[];
  municipalities: string[];
}

/**
 * Reads the municipal file into observation rows. A municipality is listed in a year only if it
 * registered a homicide that year (SOURCES.md), so a missing municipality-year means 0 homicides:
 * those years are filled with zeros, giving every municipality a complete 1990-2015 series.
 */
export function loadMunicipalRows(): MunicipalRows {
  const text = readFileSync(MUNICIPAL_FILE, 'utf8');
  const lines = text.split('\n');
  const counts = new Map<string, Map<number, number>>();
  let fileRows = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const [year, month, state, mun, homicides] = line.split(',');
    const key = `mun-${state}${mun}`;
    let series = counts.get(key);
    if (series === undefined) counts.set(key, (series = new Map()));
    series.set(Number(year) * 12 + Number(month) - 1, Number(homicides));
    fileRows++;
  }
  const municipalities = [...counts.keys()].sort();
  const rows: HomicideObservation[] = [];
  for (const seriesId of municipalities) {
    const series = counts.get(seriesId)!;
    for (let index = 1990 * 12; index < 2016 * 12; index++) {
      rows.push({
        seriesId,
        region: 'MX',
        year: Math.floor(index / 12),
        month: (index % 12) + 1,
        count: series.get(index) ?? 0,
        sourceId: 'INEGI_MUNICIPAL_REGISTRATION_CUBE',
        vintage: '2016',
      });
    }
  }
  return { fileRows, rows, municipalities };
}

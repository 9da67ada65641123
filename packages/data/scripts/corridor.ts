import {
  corridorObservationSchema,
  corridorStatementSchema,
  type CorridorObservation,
  type CorridorStatement,
} from '../src/schemas/corridor.js';
import { readRawCsv, type RawRow } from './lib/raw-csv.js';
import { checkRow, citationCells, citationColumns, yearSpan } from './lib/checked-row.js';
import { readSpanishRenderings } from './lib/spanish-renderings.js';

function percent(row: RawRow, column: string): number {
  const value = Number(row.text(column));
  if (!/^\d+(\.\d+)?$/.test(row.text(column).trim()) || value > 100)
    row.fail(column, 'expected a percent in [0, 100]');
  return value;
}

/** CSV column of each field whose name differs. */
const corridorColumns = {
  id: 'obs_id',
  refYear: 'ref_year',
  refYearTo: 'ref_year',
  period: 'ref_period',
  pctLow: 'pct_low',
  pctHigh: 'pct_high',
  pctText: 'pct_text',
  text: 'pct_text',
  reportedBy: 'reported_by',
  sourceId: 'source_id',
  viaSourceId: 'via_source_id',
};

/**
 * Corridor rows: estimates with a percent become observations; rows with no percent (qualitative
 * statements) become statements. A row with only one of the two bounds cannot be placed, nor one
 * whose period, measure or reporter has no Spanish rendering in `corridor/periods-es.csv`,
 * `corridor/measures-es.csv` or `corridor/reported-by-es.csv`.
 */
export function readCorridor(): {
  observations: CorridorObservation[];
  statements: CorridorStatement[];
} {
  const rows = readRawCsv('corridor/observations.csv', [
    'obs_id',
    'ref_year',
    'ref_period',
    'route',
    'pct_low',
    'pct_high',
    'pct_text',
    'measure',
    'reported_by',
    'source_id',
    'via_source_id',
    ...citationColumns,
  ]);
  const period = readSpanishRenderings('corridor/periods-es.csv', 'ref_period');
  const measure = readSpanishRenderings('corridor/measures-es.csv', 'measure');
  const reportedBy = readSpanishRenderings('corridor/reported-by-es.csv', 'reported_by');
  const observations: CorridorObservation[] = [];
  const statements: CorridorStatement[] = [];
  for (const row of rows) {
    const common = {
      id: row.text('obs_id'),
      ...yearSpan(row, 'ref_year'),
      period: period(row),
      route: row.text('route'),
      measure: measure(row),
      reportedBy: reportedBy(row),
      sourceId: row.text('source_id'),
      viaSourceId: row.optionalText('via_source_id'),
      ...citationCells(row),
    };
    const low = row.optionalText('pct_low');
    const high = row.optionalText('pct_high');
    if (low === undefined && high === undefined) {
      statements.push(
        checkRow(
          corridorStatementSchema,
          row,
          { ...common, text: row.text('pct_text') },
          corridorColumns,
        ),
      );
      continue;
    }
    if (low === undefined || high === undefined)
      row.fail(low === undefined ? 'pct_low' : 'pct_high', 'one bound given without the other');
    const observation = {
      ...common,
      pctLow: percent(row, 'pct_low'),
      pctHigh: percent(row, 'pct_high'),
      pctText: row.text('pct_text'),
    };
    if (observation.pctLow > observation.pctHigh) row.fail('pct_low', 'pct_low is above pct_high');
    observations.push(checkRow(corridorObservationSchema, row, observation, corridorColumns));
  }
  return { observations, statements };
}

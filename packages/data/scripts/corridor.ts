import {
  corridorObservationSchema,
  corridorStatementSchema,
  type CorridorObservation,
  type CorridorStatement,
} from '../src/schemas/corridor.js';
import { readRawCsv, type RawRow } from './lib/raw-csv.js';

/** `2014`, `2014/2015` (either year) or `2020-2022` (a span) into first and last year. */
export function yearSpan(row: RawRow, column: string): { refYear: number; refYearTo?: number } {
  const text = row.text(column).trim();
  const match = /^(\d{4})(?:[/-](\d{4}))?$/.exec(text);
  if (!match) row.fail(column, 'expected YYYY, YYYY/YYYY or YYYY-YYYY');
  const refYear = Number(match[1]);
  if (match[2] === undefined) return { refYear };
  const refYearTo = Number(match[2]);
  if (refYearTo <= refYear) row.fail(column, 'the last year must come after the first');
  return { refYear, refYearTo };
}

function optional(row: RawRow, column: string): string | undefined {
  return row.optionalText(column);
}

function percent(row: RawRow, column: string): number {
  const value = Number(row.text(column));
  if (!/^\d+(\.\d+)?$/.test(row.text(column).trim()) || value > 100)
    row.fail(column, 'expected a percent in [0, 100]');
  return value;
}

/**
 * Corridor rows: estimates with a percent become observations; rows with no percent (qualitative
 * statements) become statements. A row with only one of the two bounds cannot be placed.
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
    'quote',
    'verified',
    'notes',
  ]);
  const observations: CorridorObservation[] = [];
  const statements: CorridorStatement[] = [];
  for (const row of rows) {
    const common = {
      id: row.text('obs_id'),
      ...yearSpan(row, 'ref_year'),
      period: row.text('ref_period'),
      route: row.text('route'),
      measure: row.text('measure'),
      reportedBy: row.text('reported_by'),
      sourceId: row.text('source_id'),
      viaSourceId: optional(row, 'via_source_id'),
      quote: optional(row, 'quote'),
      verified: row.oneOf('verified', ['true', 'partial', 'false']),
      notes: optional(row, 'notes'),
    };
    const low = row.optionalText('pct_low');
    const high = row.optionalText('pct_high');
    if (low === undefined && high === undefined) {
      statements.push(
        check(corridorStatementSchema, row, { ...common, text: row.text('pct_text') }),
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
    observations.push(check(corridorObservationSchema, row, observation));
  }
  return { observations, statements };
}

/** Validates a row against its schema; returns it without `undefined` fields. */
export function check<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  row: RawRow,
  value: object,
): T {
  const clean = Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  );
  const result = schema.safeParse(clean);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    row.fail(String(issue.path[0] ?? ''), issue.message);
  }
  return result.data;
}

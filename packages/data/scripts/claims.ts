import { claimSchema, type Claim } from '../src/schemas/claims.js';
import { checkRow } from './lib/checked-row.js';
import { readRawCsv, type RawRow } from './lib/raw-csv.js';

function testCell(row: RawRow): unknown {
  try {
    return JSON.parse(row.text('test')) as unknown;
  } catch {
    row.fail('test', 'expected the indicator test as JSON');
  }
}

/** Claims: one row each, the indicator test as JSON in the `test` column. */
export function readClaims(): Claim[] {
  const rows = readRawCsv('claims/claims.csv', [
    'claim_id',
    'wording',
    'wording_en',
    'language',
    'claimant',
    'source_id',
    'claim_date',
    'location',
    'test',
    'row_ids',
    'verified',
    'notes',
  ]);
  return rows.map((row) =>
    checkRow(
      claimSchema,
      row,
      {
        id: row.text('claim_id'),
        wording: row.text('wording'),
        wordingEn: row.optionalText('wording_en'),
        language: row.oneOf('language', ['en', 'es']),
        claimant: row.text('claimant'),
        sourceId: row.text('source_id'),
        date: row.text('claim_date'),
        location: row.optionalText('location'),
        test: testCell(row),
        rowIds: (row.optionalText('row_ids') ?? '')
          .split(';')
          .map((id) => id.trim())
          .filter(Boolean),
        verified: row.oneOf('verified', ['true', 'partial', 'false']),
        notes: row.optionalText('notes'),
      },
      {
        id: 'claim_id',
        wordingEn: 'wording_en',
        sourceId: 'source_id',
        date: 'claim_date',
        rowIds: 'row_ids',
      },
    ),
  );
}

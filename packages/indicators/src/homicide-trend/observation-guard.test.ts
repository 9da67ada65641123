import { homicideObservationSchema } from '@usmx/data/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHomicideObservation } from './observation-guard.js';

const valid = {
  seriesId: 'inegi-registration-monthly',
  region: 'MX',
  year: 2017,
  month: 4,
  count: 2000,
  population: 123_000_000,
  sourceId: 'INEGI',
  vintage: '2018-10-30',
  status: 'definitive',
  verified: 'true',
};

/** Every field the schema knows, so a field added to the schema is mutated too. */
const schemaKeys = Object.keys(homicideObservationSchema.shape);

const fieldValue = fc.oneof(
  fc.constantFrom(undefined, null, '', 'MX', 'MX-CHH', 'mx', 'MX-CH', '2017-05-20', '2017-5', 'x'),
  fc.constantFrom('preliminary', 'definitive', 'true', 'partial', 'false', 'Definitive'),
  fc.integer({ min: -5, max: 2200 }),
  fc.constantFrom(0, 1, 12, 13, 1899, 1900, 2100, 2101, 0.5, -0.0, NaN, Infinity, -Infinity, 1e300),
  fc.double(),
  fc.string(),
  fc.boolean(),
);

describe('isHomicideObservation', () => {
  it('knows every field of the schema', () => {
    expect(schemaKeys.sort()).toEqual(Object.keys(valid).sort());
  });

  it('accepts a complete row and an annual row without month or population', () => {
    expect(isHomicideObservation(valid)).toBe(true);
    const annual: Record<string, unknown> = { ...valid };
    for (const key of ['month', 'population', 'status', 'verified']) delete annual[key];
    expect(isHomicideObservation(annual)).toBe(true);
  });

  it('never accepts a row the schema rejects (mutating one field at a time)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...schemaKeys), fieldValue, (key, value) => {
        const row = { ...valid, [key]: value };
        if (isHomicideObservation(row)) {
          expect(homicideObservationSchema.safeParse(row).success).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the schema on arbitrary records', () => {
    const arbitraryRow = fc.record(Object.fromEntries(schemaKeys.map((key) => [key, fieldValue])), {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(arbitraryRow, (row) => {
        expect(isHomicideObservation(row)).toBe(homicideObservationSchema.safeParse(row).success);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Property tests of a fast row guard against the `@usmx/data` schema it stands for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The part of a zod object schema the tests need: its fields, and a parse. */
interface ObjectSchema {
  readonly shape: Record<string, unknown>;
  safeParse(value: unknown): { success: boolean };
}

/** A row whose `en` is inherited: zod reads a field through the prototype, and so must a guard. */
const inherited: unknown = Object.create({ en: 'inherited' });

/** A hole where an array element should be: zod reads it as `undefined`. */
const sparse: unknown[] = ['a'];
sparse[2] = 'c';

/**
 * Values for any field, near every boundary the schemas draw: types, whole and fractional numbers,
 * years, percents, non-finite numbers, text (empty, an id, a date, an enum member), `{ en, es }`
 * and arrays in right and wrong shapes; `near` adds the values one table's fields take.
 */
export function fieldValues(near: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(undefined, null, '', 'x', 'MX', 'SINALOA', 'Sinaloa', '2017-05-20', '2017-5'),
    fc.constantFrom('true', 'partial', 'false', 'TRUE', true, false, 0, 1),
    fc.constantFrom(-1, -0, 0.5, 99.5, 100, 100.5, 1899, 1900, 2100, 2101, 1e300),
    fc.constantFrom(NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 2 ** 53),
    fc.constantFrom<unknown>({ en: 'a' }, { en: 'a', es: 'b' }, { en: 'a', es: 1 }, { es: 'b' }),
    fc.constantFrom<unknown>({ en: 1 }, { en: 'a', es: undefined }, inherited, {}, []),
    fc.constantFrom<unknown>(['a'], [], [1], [undefined], [null], sparse, [''], 'a'.split('')),
    fc.integer({ min: -5, max: 2200 }),
    fc.double(),
    fc.string(),
    fc.array(fc.oneof(fc.string(), fc.constantFrom(...near))),
    fc.record({ en: fc.oneof(fc.string(), fc.integer()), es: fc.option(fc.string()) }),
    fc.constantFrom(...near),
  );
}

/**
 * A copy of `rows` with one to six of them changed: a field given one of {@link fieldValues}
 * (`near` as there), a field left out, or the row replaced by something that is not a row. Many
 * changed rows are still valid: a test compares two entries on them, whatever they make of them.
 */
export function changedRows<Row extends object>(
  rows: readonly Row[],
  near: readonly unknown[],
): fc.Arbitrary<unknown[]> {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const change = fc.oneof(
    fc.tuple(fc.constantFrom(...keys), fieldValues(near)).map(([key, value]) => (row: object) => ({
      ...row,
      [key]: value,
    })),
    fc.constantFrom(...keys).map((key) => (row: object) => {
      const copy: Record<string, unknown> = { ...row };
      delete copy[key];
      return copy;
    }),
    fc.constantFrom<unknown>(null, 'not a row', [], 7).map((value) => () => value),
  );
  return fc
    .array(fc.tuple(fc.nat(rows.length - 1), change), { minLength: 1, maxLength: 6 })
    .map((changes) => {
      const copy: unknown[] = [...rows];
      for (const [index, apply] of changes) copy[index] = apply(copy[index] as object);
      return copy;
    });
}

/**
 * Tests that `guard` answers as `schema.safeParse(row).success` does, on `valid` (a complete row,
 * whose fields `optional` may leave out) with one field changed at a time, on arbitrary records,
 * and on values that are not records. `near` lists values of this table's own fields (enum
 * members, ids) for the changed fields to take.
 */
export function describeRowGuard(
  name: string,
  guard: (row: unknown) => boolean,
  schema: ObjectSchema,
  valid: Record<string, unknown>,
  optional: readonly string[],
  near: readonly unknown[],
): void {
  /** Every field the schema knows, so a field added to the schema is changed too. */
  const schemaKeys = Object.keys(schema.shape).sort();
  const values = fieldValues(near);
  const agrees = (row: unknown): void => {
    expect(guard(row)).toBe(schema.safeParse(row).success);
  };

  describe(name, () => {
    it('knows every field of the schema', () => {
      expect(schemaKeys).toEqual(Object.keys(valid).sort());
    });

    it('accepts a complete row, and one without the fields the schema lets it leave out', () => {
      expect(guard(valid)).toBe(true);
      const bare: Record<string, unknown> = { ...valid };
      for (const key of optional) delete bare[key];
      expect(schema.safeParse(bare).success).toBe(true);
      expect(guard(bare)).toBe(true);
    });

    it('agrees with the schema, changing one field at a time', () => {
      fc.assert(
        fc.property(fc.constantFrom(...schemaKeys), values, (key, value) =>
          agrees({ ...valid, [key]: value }),
        ),
        { numRuns: 3000 },
      );
    });

    it('agrees with the schema, leaving out one field at a time or adding one', () => {
      for (const key of schemaKeys) {
        const row: Record<string, unknown> = { ...valid };
        delete row[key];
        agrees(row);
      }
      agrees({ ...valid, extra: 'kept' });
    });

    it('agrees with the schema on arbitrary records', () => {
      const arbitraryRow = fc.record(
        Object.fromEntries(
          schemaKeys.map((key) => [key, fc.oneof(values, fc.constant(valid[key]))]),
        ),
        { requiredKeys: [] },
      );
      fc.assert(fc.property(arbitraryRow, agrees), { numRuns: 3000 });
    });

    it('rejects what is not a record, as the schema does', () => {
      for (const value of [null, undefined, 'row', 1, true, [], [valid], () => valid]) {
        expect(guard(value)).toBe(false);
        agrees(value);
      }
      agrees(Object.assign([], valid));
    });
  });
}

import { organizations, publishedGroupCounts } from '@usmx/data';
import type { Organization, PublishedGroupCount } from '@usmx/data/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedRows } from '../internal/guard-properties.js';
import { expectSameAsValidating, issuesOf } from '../internal/test-helpers.js';
import { handLineage, org } from './fixtures.js';
import { lineageTree } from './lineage-tree.js';
import { publishedCounts } from './published-counts.js';
import { MAJOR_LIST_YEARS } from './rules.js';
import { splinterCount } from './splinter-count.js';
import type { SplinterCountOptions } from './types.js';
import {
  lineageTreeOfValidRows,
  publishedCountsOfValidRows,
  splinterCountOfValidRows,
} from './valid-rows.js';

/** `splinterCount` and `lineageTree` against their zod-free entries on `rows`. */
function expectBothSame(rows: readonly unknown[], options: SplinterCountOptions): void {
  const given = rows as Organization[];
  expectSameAsValidating(
    () => splinterCount(given, options),
    () => splinterCountOfValidRows(given, options),
  );
  expectSameAsValidating(
    () => lineageTree(given),
    () => lineageTreeOfValidRows(given),
  );
}

/** `publishedCounts` against `publishedCountsOfValidRows` on `table`. */
function expectCountsSame(table: readonly unknown[], unit?: string): void {
  const given = table as PublishedGroupCount[];
  const options = unit === undefined ? undefined : { unit };
  expectSameAsValidating(
    () => publishedCounts(given, options),
    () => publishedCountsOfValidRows(given, options),
  );
}

const lists = Object.keys(MAJOR_LIST_YEARS);

describe('splinterCountOfValidRows and lineageTreeOfValidRows', () => {
  it('give what splinterCount and lineageTree give on the dataset, under every rule', () => {
    for (const rule of ['lineage', 'lineage-verified', ...lists] as const)
      expectBothSame(organizations, { from: 1990, to: 2024, rule: rule as never });
    expectBothSame(organizations, { year: 2006, rule: 'CRS_2006_four' });
    expect(splinterCountOfValidRows(organizations, { year: 2006, rule: 'CRS_2006_four' })).toEqual(
      expect.objectContaining({ years: [expect.objectContaining({ count: 4 })] }),
    );
  });

  it('name with invalid-row each organization the validating entries reject, at the same index', () => {
    fc.assert(
      fc.property(changedRows(organizations, [...lists, lists, ['SINALOA']]), (rows) =>
        expectBothSame(rows, { from: 2000, to: 2024 }),
      ),
      { numRuns: 300, seed: 29 },
    );
  });

  it('report repeated ids, cycles and bad options with the rows, as the validating entries do', () => {
    const [a, b, c] = handLineage();
    expectBothSame([a, b, { ...c!, id: 'c' }, a], { from: 2010, to: 2000, rule: 'nine' as never });
    expectBothSame([a, b, a], { year: 2006 });
    expectBothSame([org('X', 1990, { parentIds: ['Y'] }), org('Y', 1991, { parentIds: ['X'] })], {
      year: 2000,
    });
    for (const rows of [[], {}, null]) expectBothSame(rows as never, { year: 2000 });
    expect(issuesOf(() => lineageTreeOfValidRows([a!, 'B'] as never))).toEqual([
      expect.objectContaining({
        code: 'invalid-row',
        path: ['organizations', 1],
        reason:
          'not a valid row: the validating entry (lineageTree) names each wrong field and why',
      }),
    ]);
  });
});

describe('publishedCountsOfValidRows', () => {
  it('gives what publishedCounts gives on the dataset, for every unit', () => {
    const units = [...new Set(publishedGroupCounts.map((row) => row.unit.en))];
    for (const unit of [undefined, ...units]) expectCountsSame(publishedGroupCounts, unit);
  });

  it('names with invalid-row each row publishedCounts rejects, at the same index', () => {
    fc.assert(
      fc.property(changedRows(publishedGroupCounts, ['2020-07-28', 'cartels']), (rows) =>
        expectCountsSame(rows, 'cartels'),
      ),
      { numRuns: 300, seed: 31 },
    );
  });

  it('reports bounds in the wrong order and an unknown unit, as publishedCounts does', () => {
    const [first, second] = publishedGroupCounts;
    expectCountsSame([{ ...first!, countLow: 9, countHigh: 2 }, second], 'cartels');
    expectCountsSame([first, second], 'no such unit');
    expectCountsSame([first, { ...second!, countLow: -1 }], 'no such unit');
  });
});

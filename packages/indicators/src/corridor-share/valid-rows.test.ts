import { corridorObservations } from '@usmx/data';
import type { CorridorObservation } from '@usmx/data/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedRows } from '../internal/guard-properties.js';
import { expectSameAsValidating, issuesOf } from '../internal/test-helpers.js';
import { balloonEffect } from './balloon-effect.js';
import { corridorShare } from './corridor-share.js';
import { figure } from './fixtures.js';
import { balloonEffectOfValidRows, corridorShareOfValidRows } from './valid-rows.js';
import type { BalloonEffectOptions, CorridorShareOptions } from './types.js';

const MCA = 'mexico_central_america';

/** Both entries of each indicator on `rows`, compared (see expectSameAsValidating). */
function expectBothSame(
  rows: readonly unknown[],
  share: CorridorShareOptions | undefined,
  balloon: BalloonEffectOptions,
): void {
  const given = rows as CorridorObservation[];
  expectSameAsValidating(
    () => corridorShare(given, share),
    () => corridorShareOfValidRows(given, share),
  );
  expectSameAsValidating(
    () => balloonEffect(given, balloon),
    () => balloonEffectOfValidRows(given, balloon),
  );
}

describe('corridorShareOfValidRows and balloonEffectOfValidRows', () => {
  it('give what corridorShare and balloonEffect give on the dataset, whatever the options', () => {
    const shares: (CorridorShareOptions | undefined)[] = [
      undefined,
      { route: 'caribbean' },
      { includeUnverified: true },
      { measure: 'cocaine', source: corridorObservations[0]!.sourceId },
    ];
    const balloons: BalloonEffectOptions[] = [
      { from: 2010, to: 2016, thresholdPp: 5 },
      { from: 2000, to: 2020, thresholdPp: 0, includeUnverified: true },
      { from: 2012, to: 2014, thresholdPp: 100 },
    ];
    shares.forEach((share, i) => expectBothSame(corridorObservations, share, balloons[i % 3]!));
    // the figures the test compares are there: the article's 95% in 2010
    expect(corridorShareOfValidRows(corridorObservations).years.map((y) => y.refYear)).toContain(
      2010,
    );
  });

  it('name with invalid-row each row the validating entries reject, at the same index', () => {
    fc.assert(
      fc.property(changedRows(corridorObservations, [MCA, 'caribbean']), (rows) =>
        expectBothSame(rows, undefined, { from: 2010, to: 2016, thresholdPp: 5 }),
      ),
      { numRuns: 300, seed: 23 },
    );
  });

  it('report bad options, bounds and routes with the rows, as the validating entries do', () => {
    const rows: unknown[] = [
      figure(2010, MCA, 95, 90, 'ONDCP'),
      { ...figure(2016, 'caribbean', 10, 10, 'ONDCP'), pctText: 10 },
      null,
    ];
    expectBothSame(
      rows,
      { includeUnverified: 'yes' as never, route: '' },
      {
        from: 2016,
        to: 2010,
        thresholdPp: -1,
      },
    );
    expectBothSame([figure(2010, MCA, 95, 90, 'ONDCP')], undefined, {
      from: 2010,
      to: 2016,
      thresholdPp: 5,
    });
    expectBothSame(
      [figure(2010, MCA, 95, 95, 'ONDCP')],
      { route: 'pacific' },
      {
        from: 2010,
        to: 2016,
        thresholdPp: 5,
      },
    );
    for (const rows of [[], {}, null]) expectBothSame(rows as never, undefined, {} as never);
    expect(issuesOf(() => corridorShareOfValidRows([null] as never))).toEqual([
      expect.objectContaining({
        code: 'invalid-row',
        path: ['observations', 0],
        reason:
          'not a valid row: the validating entry (corridorShare) names each wrong field and why',
      }),
    ]);
  });
});

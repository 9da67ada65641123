import type { PublishedGroupCount } from '@usmx/data/schemas';
import { describe, expect, it } from 'vitest';
import { inputErrorOf, issuesOf } from '../internal/test-helpers.js';
import { decapitationEffects } from './decapitation-effects.js';
import { event, handLineage, org } from './fixtures.js';
import { lineageTree } from './lineage-tree.js';
import { publishedCounts } from './published-counts.js';

describe('lineageTree', () => {
  it('places each organization under its first parent, oldest first', () => {
    const tree = lineageTree(handLineage());
    expect(tree.rootIds).toEqual(['A', 'F']); // F has no year: last
    // depth first: A, its children B (1989) and C (1990), C's children D (2008) and E (2010), then F
    expect(tree.nodes.map((n) => [n.id, n.parentId, n.depth, n.childIds])).toEqual([
      ['A', null, 0, ['B', 'C']],
      ['B', 'A', 1, []],
      ['C', 'A', 1, ['D', 'E']],
      ['D', 'C', 2, []],
      ['E', 'C', 2, []],
      ['F', null, 0, []],
    ]);
    expect(tree.nodes[4]!.parentIds).toEqual(['C', 'B']);
    expect(tree.links).toContainEqual({ parentId: 'B', childId: 'E' });
    expect(tree.links).toHaveLength(5); // A-B, A-C, C-D, C-E, B-E
    expect(tree.size).toBe(6);
  });

  it('makes an organization whose parents are absent a root, and rejects a cycle', () => {
    const tree = lineageTree([org('X', 2000, { parentIds: ['GONE'] })]);
    expect(tree.nodes).toMatchObject([{ id: 'X', parentId: null, missingParentIds: ['GONE'] }]);
    const cycle = () =>
      lineageTree([org('P', 2000, { parentIds: ['Q'] }), org('Q', 2001, { parentIds: ['P'] })]);
    expect(cycle).toThrow(/cycle/);
    // from P, the first parents lead to Q and back to P
    expect(issuesOf(cycle)).toEqual([
      expect.objectContaining({
        value: ['P', 'Q'],
        code: 'lineage-cycle',
        params: { through: 'P' },
      }),
    ]);
    // from A, the first parents lead through B into the cycle C, D, E and back to C
    const intoCycle = [
      org('A', 2000, { parentIds: ['B'] }),
      org('B', 2000, { parentIds: ['C'] }),
      org('C', 2000, { parentIds: ['D'] }),
      org('D', 2000, { parentIds: ['E'] }),
      org('E', 2000, { parentIds: ['C'] }),
    ];
    expect(issuesOf(() => lineageTree(intoCycle))).toEqual([
      expect.objectContaining({ value: ['A', 'B', 'C', 'D', 'E'], params: { through: 'C' } }),
    ]);
  });
});

describe('publishedCounts', () => {
  const row = (
    id: string,
    refYear: number,
    low: number,
    high: number,
    unit: string,
  ): PublishedGroupCount => ({
    id,
    refYear,
    refDateText: { en: String(refYear) },
    countLow: low,
    countHigh: high,
    unit: { en: unit },
    scope: 'Mexico, national',
    countingBody: { en: 'body' },
    sourceId: `S_${id}`,
    verified: 'true',
  });
  const table = [
    row('P2', 2014, 9, 9, 'cartels'),
    row('P1', 2006, 4, 4, 'dominant DTOs'),
    row('P3', 2012, 8, 8, 'cartels'),
  ];

  it('gives one series per unit, oldest first, never merged', () => {
    const counts = publishedCounts(table);
    expect(
      counts.series.map((s) => [s.unit, s.points.map((p) => [p.refYear, p.low, p.high])]),
    ).toEqual([
      [
        'cartels',
        [
          [2012, 8, 8],
          [2014, 9, 9],
        ],
      ],
      ['dominant DTOs', [[2006, 4, 4]]],
    ]);
    expect(publishedCounts(table, { unit: 'cartels' }).sourceIds).toEqual(['S_P2', 'S_P3']);
  });

  it('rejects an unknown unit and a reversed range', () => {
    expect(() => publishedCounts(table, { unit: 'cells' })).toThrow(
      /units present: cartels \| dominant DTOs/,
    );
    expect(() => publishedCounts([row('P9', 2020, 10, 5, 'cells')])).toThrow(/above countHigh/);
    expect(issuesOf(() => publishedCounts([row('P9', 2020, 10, 5, 'cells')]))).toEqual([
      expect.objectContaining({
        path: ['table', 0, 'countLow'],
        code: 'low-above-high',
        params: { high: 5, field: 'countHigh' },
      }),
    ]);
  });
});

describe('decapitationEffects', () => {
  // C is hit in 2007 (D in 2008 and E in 2010 split from C: within 2007-2010) and in 2012 (nothing from C in 2012-2015).
  const events = [
    event('E1', '2007-05-01', 'C', 'arrested'),
    event('E2', '2012', 'C', 'killed'),
    event('E3', '2009', 'C', 'escaped'),
  ];

  it('finds the splits after each decapitation and the base rate', () => {
    const result = decapitationEffects(handLineage(), events, { windowYears: 3 });
    expect(result.events.map((e) => [e.eventId, e.splits.map((s) => s.id)])).toEqual([
      ['E1', ['D', 'E']],
      ['E2', []],
    ]); // the escape is not a decapitation
    expect(result.afterDecapitation).toEqual({ events: 2, followedBySplit: 1, share: 1 / 2 });
    // organization-years 2007-2012 (B, C each year; D from 2008; E from 2010) = 6 + 6 + 5 + 3 = 20.
    // Followed by a split within [y, y+3]: C in 2007 (D 2008), 2008 (D, E), 2009 (E), 2010 (E);
    // B in 2007-2010 (E 2010) -> 8 of 20.
    expect(result.baseline).toEqual({
      fromYear: 2007,
      toYear: 2012,
      organizationYears: 20,
      followedBySplit: 8,
      share: 8 / 20,
    });
    expect(result.ratio).toBeCloseTo(0.5 / 0.4, 12);
    expect(result.sourceIds).toEqual(['SRC_E1', 'SRC_E2']);
  });

  it('counts every issue exactly when two tables together have more than 100', () => {
    // 60 organizations with a bad id and 50 events with a bad date: one issue each, 110 in all
    const organizations = Array.from({ length: 60 }, (_, i) => org(`bad id ${i}`, 2000));
    const badEvents = Array.from({ length: 50 }, (_, i) => ({
      ...event(`E${i}`, '2009', 'C', 'arrested'),
      date: 'soon',
    }));
    const { issues, incomplete, message } = inputErrorOf(() =>
      decapitationEffects(organizations, badEvents),
    );
    expect(issues).toHaveLength(110);
    expect(incomplete).toBe(false);
    expect(message).toContain('invalid input (110 issues)');
  });

  it('gives a null ratio with a reason when there is nothing to compare', () => {
    const result = decapitationEffects(handLineage(), [event('E3', '2009', 'C', 'escaped')]);
    expect(result.ratio).toBeNull();
    expect(result.reason).toBe('no event of the chosen types');
    expect(() => decapitationEffects(handLineage(), events, { windowYears: -1 })).toThrow(
      /windowYears/,
    );
  });
});

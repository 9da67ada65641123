import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forAllSeeded,
  nonFinitePaths,
  sameInAnyOrder,
  shuffled,
} from '../internal/property-helpers.js';
import { decapitationEffects } from './decapitation-effects.js';
import { event, org } from './fixtures.js';
import { lineageTree } from './lineage-tree.js';
import { splinterCount } from './splinter-count.js';

/** Organizations whose parents come earlier in the list (so there is no cycle). */
const organizationsArb = fc
  .array(
    fc.record({
      year: fc.option(fc.integer({ min: 1970, max: 2024 }), { nil: undefined }),
      lasts: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      verified: fc.boolean(),
      parents: fc.array(fc.nat(), { maxLength: 2 }),
      onList: fc.boolean(),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((specs) =>
    specs.map((s, i) =>
      org(`O${i}`, s.year, {
        parentIds: i === 0 ? [] : [...new Set(s.parents.map((p) => `O${p % i}`))],
        yearFoundedVerified: s.verified,
        ...(s.year !== undefined && s.lasts !== undefined ? { yearCeased: s.year + s.lasts } : {}),
        majorLists: s.onList ? ['PGR_2014_nine'] : [],
      }),
    ),
  );

describe('splinter properties', () => {
  it('splinterCount: order-independent, counts match the groups, verified never above all', () => {
    forAllSeeded(
      [organizationsArb, fc.integer({ min: 1970, max: 2024 })],
      (seed, organizations, year) => {
        const range = { from: year - 5, to: year };
        const all = sameInAnyOrder(organizations, seed, (inOrder) => splinterCount(inOrder, range));
        const verified = splinterCount(organizations, { ...range, rule: 'lineage-verified' });
        all.years.forEach((y, i) => {
          expect(y.count).toBe(y.groups.length);
          expect(verified.years[i]!.count!).toBeLessThanOrEqual(y.count!);
        });
      },
    );
  });

  it('lineageTree holds every organization once, each after its parent, whatever the order', () => {
    forAllSeeded([organizationsArb], (seed, organizations) => {
      const tree = sameInAnyOrder(organizations, seed, lineageTree);
      expect(tree.nodes.map((n) => n.id).sort()).toEqual(organizations.map((o) => o.id).sort());
      const at = new Map(tree.nodes.map((n, i) => [n.id, i]));
      for (const [i, n] of tree.nodes.entries()) {
        if (n.parentId === null) expect(n.depth).toBe(0);
        else {
          const parent = tree.nodes[at.get(n.parentId)!]!;
          expect(at.get(n.parentId)!).toBeLessThan(i);
          expect(n.depth).toBe(parent.depth + 1);
          expect(parent.childIds).toContain(n.id);
        }
      }
    });
  });

  it('decapitationEffects: order-independent, shares in 0-1, no NaN or Infinity', () => {
    const eventsArb = fc.array(
      fc.record({
        org: fc.nat(24),
        year: fc.integer({ min: 1980, max: 2024 }),
        type: fc.constantFrom(
          'killed' as const,
          'arrested' as const,
          'extradited' as const,
          'escaped' as const,
        ),
      }),
      { minLength: 1, maxLength: 10 },
    );
    forAllSeeded([organizationsArb, eventsArb], (seed, organizations, specs) => {
      const events = specs.map((s, i) =>
        event(`E${i}`, String(s.year), `O${s.org % organizations.length}`, s.type),
      );
      const effects = decapitationEffects(organizations, events);
      expect(decapitationEffects(shuffled(organizations, seed), shuffled(events, seed))).toEqual(
        effects,
      );
      expect(nonFinitePaths(effects)).toEqual([]);
      for (const value of [effects.afterDecapitation.share, effects.baseline.share]) {
        if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
        if (value !== null) expect(value).toBeLessThanOrEqual(1);
      }
    });
  });
});

import { describe, expect, it } from 'vitest';
import { issuesOf } from '../internal/test-helpers.js';
import { decapitationEffects } from './decapitation-effects.js';
import { event, handLineage, org } from './fixtures.js';
import { lineageTree } from './lineage-tree.js';

describe('decapitationEffects, given types that are not a list of types', () => {
  const events = [event('E1', '2007', 'C', 'arrested')];

  it.each([5, 'killed', {}])('rejects types %j as not-list', (types) => {
    expect(
      issuesOf(() => decapitationEffects(handLineage(), events, { types: types as never })),
    ).toEqual([
      expect.objectContaining({
        code: 'not-list',
        path: ['types'],
        value: types,
        params: { expected: ['killed', 'arrested', 'extradited'] },
      }),
    ]);
  });

  it('names each unknown type at its place in the list', () => {
    expect(
      issuesOf(() =>
        decapitationEffects(handLineage(), events, { types: ['killed', 'fired'] as never }),
      ),
    ).toEqual([
      expect.objectContaining({ code: 'not-one-of', path: ['types', 1], value: 'fired' }),
    ]);
  });
});

describe('lineageTree, given the deepest and the widest forests', () => {
  const n = 16_000;

  // the quadratic walk took 115 s for this chain; the bound leaves room for a slow machine
  it(`builds a chain of ${n} splits in linear time, and it serialises`, { timeout: 20_000 }, () => {
    const chain = Array.from({ length: n }, (_, i) =>
      org(`O${i}`, 1900, i === 0 ? {} : { parentIds: [`O${i - 1}`] }),
    );
    const tree = lineageTree(chain);
    expect(tree.nodes.map((node) => node.depth)).toEqual(Array.from({ length: n }, (_, i) => i));
    const parsed = JSON.parse(JSON.stringify(tree)) as typeof tree;
    expect(parsed.nodes[n - 1]).toMatchObject({ id: `O${n - 1}`, parentId: `O${n - 2}` });
  });

  it(`puts ${n} splits of one group under it, oldest first`, { timeout: 20_000 }, () => {
    // split years 2000 to 2015 in turn, so the order is by year, then id
    const star = [
      org('ROOT', 1990),
      ...Array.from({ length: n }, (_, i) =>
        org(`S${String(i).padStart(5, '0')}`, 2000 + (i % 16), { parentIds: ['ROOT'] }),
      ),
    ];
    const tree = lineageTree(star);
    const root = tree.nodes[0]!;
    expect(root.childIds).toHaveLength(n);
    expect(root.childIds.slice(0, 2)).toEqual(['S00000', 'S00016']);
    expect(tree.nodes.every((node) => node.depth === (node.id === 'ROOT' ? 0 : 1))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { issuesOf } from '../internal/test-helpers.js';
import { balloonEffect } from './balloon-effect.js';
import { corridorShare } from './corridor-share.js';
import { figure } from './fixtures.js';

describe('corridorShare and balloonEffect, given 125,000 figures of one year', () => {
  // 2010 figures from 0 to 100 percent (i mod 101), more than a function takes as arguments
  const MCA = 'mexico_central_america';
  const rows = [
    ...Array.from({ length: 125_000 }, (_, i) => figure(2010, MCA, i % 101, i % 101, 'BIG')),
    figure(2016, MCA, 90, 90, 'ONDCP'),
    figure(2010, 'caribbean', 5, 5, 'ONDCP'),
    figure(2016, 'caribbean', 10, 10, 'ONDCP'),
  ];

  it('gives the year the range of its figures', () => {
    const share = corridorShare(rows);
    expect(share.years.map((y) => [y.refYear, y.low, y.high, y.points.length])).toEqual([
      [2010, 0, 100, 125_000],
      [2016, 90, 90, 1],
    ]);
  });

  it('compares the years end to end', () => {
    const effect = balloonEffect(rows, { from: 2010, to: 2016, thresholdPp: 5 });
    // corridor 0-100 in 2010, 90 in 2016: from -10 to +90 points; Caribbean 5 to 10: +5 points
    expect(effect.endToEnd.corridor.changePp).toEqual({ low: -10, high: 90 });
    expect(effect.endToEnd.caribbean.changePp).toEqual({ low: 5, high: 5 });
  });
});

describe('corridorShare, given includeUnverified that is not a boolean (found by pnpm fuzz, seed 875)', () => {
  it.each([Infinity, 'yes', 1])('rejects %j, which it used to return as given', (value) => {
    const rows = [figure(2010, 'mexico_central_america', 95, 95, 'ONDCP')];
    expect(issuesOf(() => corridorShare(rows, { includeUnverified: value as never }))).toEqual([
      expect.objectContaining({
        code: 'not-one-of',
        path: ['includeUnverified'],
        value,
        params: { expected: ['true', 'false'] },
      }),
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forAllSeeded, nonFinitePaths, sameInAnyOrder } from '../internal/property-helpers.js';
import { balloonEffect } from './balloon-effect.js';
import { corridorShare } from './corridor-share.js';
import { figure } from './fixtures.js';

const rowsArb = fc
  .array(
    fc.record({
      year: fc.integer({ min: 2005, max: 2016 }),
      route: fc.constantFrom('mexico_central_america', 'caribbean'),
      low: fc.integer({ min: 0, max: 100 }),
      width: fc.integer({ min: 0, max: 20 }),
      source: fc.constantFrom('S1', 'S2', 'S3'),
      verified: fc.constantFrom('true' as const, 'partial' as const, 'false' as const),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((specs) => [
    // both routes are always reported somewhere in 2005-2016
    figure(2005, 'mexico_central_america', 90, 90, 'BASE'),
    figure(2005, 'caribbean', 8, 8, 'BASE'),
    ...specs.map((s) =>
      figure(s.year, s.route, s.low, Math.min(100, s.low + s.width), s.source, {
        verified: s.verified,
      }),
    ),
  ]);

describe('corridor properties', () => {
  it('corridorShare: order-independent, finite, every year range spans its points', () => {
    forAllSeeded([rowsArb], (seed, rows) => {
      const share = sameInAnyOrder(rows, seed, corridorShare);
      expect(nonFinitePaths(share)).toEqual([]);
      for (const year of share.years) {
        for (const point of year.points) {
          expect(point.low).toBeGreaterThanOrEqual(year.low);
          expect(point.high).toBeLessThanOrEqual(year.high);
        }
      }
    });
  });

  it('balloonEffect: order-independent, finite, and a sure balloon means a sure rise and a sure fall', () => {
    forAllSeeded([rowsArb, fc.integer({ min: 0, max: 30 })], (seed, rows, thresholdPp) => {
      const effect = sameInAnyOrder(rows, seed, (inOrder) =>
        balloonEffect(inOrder, { from: 2005, to: 2016, thresholdPp }),
      );
      expect(nonFinitePaths(effect)).toEqual([]);
      for (const window of [effect.endToEnd, ...effect.windows]) {
        if (window.balloon !== 'yes') continue;
        expect(window.caribbean.changePp!.low).toBeGreaterThanOrEqual(thresholdPp);
        expect(window.corridor.changePp!.high).toBeLessThan(0);
      }
    });
  });
});

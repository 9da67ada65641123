import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfDate, publishedBy, withinTolerance } from './ranges.js';

describe('endOfDate', () => {
  it.each([
    ['2017', '2017-12-31'],
    ['2017-05', '2017-05-31'],
    ['2016-02', '2016-02-29'],
    ['2015-02', '2015-02-28'],
    ['2015-06-30', '2015-06-30'],
  ])('%s ends on %s', (date, end) => {
    expect(endOfDate(date)).toBe(end);
  });
});

describe('withinTolerance', () => {
  it('25 claimed with 3 points: 28 agrees, 30.7 and 21.7 do not', () => {
    const claimed = { low: 25, high: 25 };
    expect(withinTolerance({ low: 28, high: 28 }, claimed, 3)).toBe(true);
    expect(withinTolerance({ low: 30.7, high: 30.7 }, claimed, 3)).toBe(false);
    expect(withinTolerance({ low: 21.7, high: 21.7 }, claimed, 3)).toBe(false);
  });

  it('"upwards of 20" has no upper bound; a range agrees when it overlaps', () => {
    expect(withinTolerance({ low: 37, high: 37 }, { low: 20 }, 0)).toBe(true);
    expect(withinTolerance({ low: 9, high: 20 }, { low: 20 }, 0)).toBe(true);
    expect(withinTolerance({ low: 9, high: 19 }, { low: 20 }, 0)).toBe(false);
  });

  it('a wider tolerance never turns agreement into disagreement', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (low, width, claimedLow, tolerance, extra) => {
          const value = { low, high: low + width };
          const claimed = { low: claimedLow, high: claimedLow };
          if (withinTolerance(value, claimed, tolerance))
            expect(withinTolerance(value, claimed, tolerance + extra)).toBe(true);
        },
      ),
    );
  });
});

describe('publishedBy', () => {
  it('a coarse date counts from its first day; an unknown date never counts', () => {
    expect(publishedBy('2017-05', '2017-05-31')).toBe(true);
    expect(publishedBy('2017-06', '2017-05-31')).toBe(false);
    expect(publishedBy(undefined, '2017-05-31')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { nearestIndex, nextIndex } from './keyboard.js';

describe('nextIndex', () => {
  it('steps with the arrows and clamps at the ends', () => {
    expect(nextIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextIndex('ArrowRight', 2, 3)).toBe(2);
    expect(nextIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(nextIndex('ArrowLeft', 2, 3)).toBe(1);
  });
  it('jumps with Home and End and starts at the first point', () => {
    expect(nextIndex('End', null, 5)).toBe(4);
    expect(nextIndex('Home', 3, 5)).toBe(0);
    expect(nextIndex('ArrowRight', null, 5)).toBe(0);
  });
  it('ignores other keys and empty charts', () => {
    expect(nextIndex('Enter', 1, 3)).toBeNull();
    expect(nextIndex('ArrowRight', null, 0)).toBeNull();
  });
});

describe('nearestIndex', () => {
  const at = (...xs: number[]) => xs.map((x) => ({ x, y: 50 }));
  it('finds the closest x', () => {
    expect(nearestIndex(at(10, 20, 30), 24, 0)).toBe(1);
    expect(nearestIndex(at(10, 20, 30), 100, 90)).toBe(2);
    expect(nearestIndex([], 1, 1)).toBeNull();
  });
  it('tells points of one column apart by y, but never leaves the nearest column for y', () => {
    // two figures in the same year (x 100 and 102), one at the top, one at the bottom
    const year = [
      { x: 100, y: 10 },
      { x: 102, y: 200 },
      { x: 150, y: 190 },
    ];
    expect(nearestIndex(year, 101, 20)).toBe(0);
    expect(nearestIndex(year, 101, 180)).toBe(1);
    // a bar's column wins over a neighbour whose top is nearer the pointer
    expect(nearestIndex(year, 110, 195)).toBe(1);
  });
  it('takes the nearest point in both directions for side-by-side lines', () => {
    // pointer on the lower line, to the left of its point, right under the upper line's point
    const lines = [
      { x: 100, y: 20 },
      { x: 160, y: 120 },
    ];
    expect(nearestIndex(lines, 110, 118)).toBe(0);
    expect(nearestIndex(lines, 110, 118, 'xy')).toBe(1);
  });
});

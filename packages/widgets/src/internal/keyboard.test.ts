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
  it('finds the closest x', () => {
    expect(nearestIndex([10, 20, 30], 24)).toBe(1);
    expect(nearestIndex([10, 20, 30], 100)).toBe(2);
    expect(nearestIndex([], 1)).toBeNull();
  });
});

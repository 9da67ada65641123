import { describe, expect, it } from 'vitest';
import { truncate, wrapWords } from './text-fit.js';

describe('wrapWords', () => {
  it('fills each line with whole words up to the limit', () => {
    // "SESNSP, victims of" is 18 characters; adding " intentional" would make 30
    expect(wrapWords('SESNSP, victims of intentional homicide', 20)).toEqual([
      'SESNSP, victims of',
      'intentional homicide',
    ]);
  });

  it('keeps a word longer than a line whole, on its own line', () => {
    expect(wrapWords('see foroparalelodemilenioelotroforo.blogspot.com now', 10)).toEqual([
      'see',
      'foroparalelodemilenioelotroforo.blogspot.com',
      'now',
    ]);
  });

  it('treats runs of spaces as one and gives no line for blank text', () => {
    expect(wrapWords('  a   b  ', 10)).toEqual(['a b']);
    expect(wrapWords('   ', 10)).toEqual([]);
  });
});

describe('truncate', () => {
  it('keeps text that fits and cuts longer text to the limit, ellipsis included', () => {
    expect(truncate('Los Chapitos', 12)).toBe('Los Chapitos');
    expect(truncate('Los Chapitos', 8)).toBe('Los Cha…');
    expect(truncate('Los Chapitos', 1)).toBe('…');
  });
});

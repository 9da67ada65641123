import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap-words.js';

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

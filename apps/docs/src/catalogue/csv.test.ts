import { describe, expect, it } from 'vitest';
import { columnsOf } from './csv.js';

describe('columnsOf', () => {
  it('lists every key of every row once, in first-seen order', () => {
    expect(
      columnsOf<{ a?: number; b?: number; c?: number }>([{ a: 1 }, { b: 2, a: 3 }, { c: 4 }]),
    ).toEqual(['a', 'b', 'c']);
  });
});

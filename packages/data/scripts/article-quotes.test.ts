import { describe, expect, it } from 'vitest';
import { claimById } from '../src/claims.js';
import { quoteProblems } from './article-quotes.js';

// a made-up article: two paragraphs, the second holding both passages of the quote below
const TEXT = 'First paragraph, nothing quoted.\nSo it begins here: one part, then another part.';
const claim = {
  ...claimById('homicides-ytd-2017')!,
  wording: 'one part [...] another part',
  location: 'the second paragraph, which begins "So it begins"',
};

describe('quoteProblems', () => {
  it('finds nothing wrong with passages that are the text’s own, in the paragraph named', () => {
    expect(quoteProblems([claim], TEXT)).toEqual([]);
  });

  it('names a passage that is not word for word, and a paragraph that does not hold the quote', () => {
    expect(quoteProblems([{ ...claim, wording: 'one part [...] a third part' }], TEXT)).toEqual([
      'homicides-ytd-2017: not in the article word for word: "a third part"',
      'homicides-ytd-2017: location "the second paragraph, which begins \\"So it begins\\"" names no paragraph holding the quote',
    ]);
    expect(quoteProblems([{ ...claim, location: 'begins "First paragraph"' }], TEXT)).toHaveLength(
      1,
    );
    expect(quoteProblems([{ ...claim, location: undefined }], TEXT)).toHaveLength(1);
  });
});

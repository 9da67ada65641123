import { describe, expect, it } from 'vitest';
import { charsIn, textWidth, truncate, widestText, wrapWords } from './text-fit.js';

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
    expect([12, 8, 1].map((limit) => truncate('Los Chapitos', limit))).toEqual([
      'Los Chapitos',
      'Los Cha…',
      '…',
    ]);
  });
});

describe('textWidth and charsIn', () => {
  it('take 0.6 em a character, wider than common sans fonts set them', () => {
    // 12 px: 7.2 px a character; 11 px: 6.6
    expect(textWidth('2017')).toBe(28.8);
    expect(textWidth('Los Zetas', 11)).toBeCloseTo(59.4, 10);
    expect(charsIn(72)).toBe(10);
    expect(charsIn(71.9)).toBe(9);
    expect(charsIn(66, 11)).toBe(10);
    // the widest of 3, 5 and 4 characters: 5 x 7.2
    expect(widestText(['+20%', '1,000', '−5%'])).toBe(36);
    expect(widestText([])).toBe(0);
  });

  it('keep a measured label inside its estimate', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('font-size', '12');
    text.setAttribute('font-family', 'system-ui, sans-serif');
    text.textContent = 'Cártel de Jalisco Nueva Generación 2017';
    svg.append(text);
    document.body.append(svg);
    try {
      expect(text.getComputedTextLength()).toBeLessThanOrEqual(textWidth(text.textContent));
    } finally {
      svg.remove();
    }
  });
});

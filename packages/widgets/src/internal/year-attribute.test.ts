import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorIssue } from './errors.js';
import { yearAttribute } from './year-attribute.js';
import { loadWords } from '../locales/words.js';

// a widget loads its Spanish words before it speaks Spanish; these tests start from there
beforeAll(() => loadWords('es'));

describe('yearAttribute', () => {
  it('reads a whole year from 1900 to 2100, and gives the fallback when blank', () => {
    const issues: ErrorIssue[] = [];
    expect(yearAttribute('2017', 'from', 1990, issues, 'en')).toBe(2017);
    expect(yearAttribute(' 1900 ', 'from', 1990, issues, 'en')).toBe(1900);
    expect(yearAttribute(undefined, 'to', 2024, issues, 'en')).toBe(2024);
    expect(yearAttribute('  ', 'to', undefined, issues, 'en')).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('adds each bad year to the issues, in the widget language, and gives the fallback', () => {
    const issues: ErrorIssue[] = [];
    expect(yearAttribute('1899', 'from', 1990, issues, 'es')).toBe(1990);
    expect(yearAttribute('2017.5', 'to', undefined, issues, 'en')).toBeUndefined();
    expect(yearAttribute('20x0', 'to', 2024, issues, 'en')).toBe(2024);
    expect(issues).toEqual([
      { column: 'from', value: '1899', reason: 'se esperaba un año entre 1900 y 2100' },
      { column: 'to', value: '2017.5', reason: 'expected a year from 1900 to 2100' },
      { column: 'to', value: '20x0', reason: 'expected a year from 1900 to 2100' },
    ]);
  });
});

import type { Organization } from '@usmx/data/schemas';
import { describe, expect, it } from 'vitest';
import { latestYear } from './organizations.js';

const org = (yearFounded: number | null, yearCeased: number | null) =>
  ({ yearFounded, yearCeased }) as Organization;

describe('latestYear', () => {
  it('is the latest founding, end or other year, and -Infinity when there is none', () => {
    expect(latestYear([org(1980, 2006), org(2010, null)], [2008])).toBe(2010);
    expect(latestYear([org(1980, 2006)], [2019])).toBe(2019);
    expect(latestYear([], [])).toBe(-Infinity);
  });

  it('takes more organizations than a call takes arguments (a reader’s big file)', () => {
    // 200,000 rows give 400,000 years: Math.max(...years) throws a RangeError in Chromium
    const many = Array.from({ length: 200_000 }, (_, i) => org(1900 + (i % 100), null));
    expect(latestYear(many, [])).toBe(1999);
  });
});

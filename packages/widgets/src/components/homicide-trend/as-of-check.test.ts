import { describe, expect, it } from 'vitest';
import { asOfProblem } from './as-of-check.js';

/** One row per month from `from` to `to` (`YYYY-MM`, inclusive), leaving out `skip`. */
function months(from: string, to: string, skip: readonly string[] = []) {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const rows: { year: number; month: number }[] = [];
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1; i++) {
    const row = { year: Math.floor(i / 12), month: (i % 12) + 1 };
    if (!skip.includes(`${row.year}-${String(row.month).padStart(2, '0')}`)) rows.push(row);
  }
  return rows;
}

describe('asOfProblem', () => {
  const series = months('2015-01', '2025-06');

  it('accepts any month from the second year of a series that starts in January', () => {
    for (const asOf of ['2016-01', '2017-04', '2020-12', '2025-06'])
      expect(asOfProblem(series, asOf)).toBeUndefined();
  });

  it('names the months of the data for a month outside them', () => {
    for (const asOf of ['2014-12', '2025-07', '2030-01'])
      expect(asOfProblem(series, asOf)).toEqual({
        kind: 'outside',
        first: '2015-01',
        last: '2025-06',
      });
  });

  it('asks for a later as-of in the first year, which has no year before to compare with', () => {
    for (const asOf of ['2015-01', '2015-03', '2015-12'])
      expect(asOfProblem(series, asOf)).toEqual({
        kind: 'before-comparison',
        first: '2015-01',
        earliest: '2016-01',
      });
  });

  it('needs January of the year before: a series starting in March works two years later', () => {
    const march = months('2015-03', '2018-12');
    // 2016-05 would compare Jan-May 2016 with Jan-May 2015, and January 2015 is missing
    expect(asOfProblem(march, '2016-05')).toEqual({
      kind: 'before-comparison',
      first: '2015-03',
      earliest: '2017-01',
    });
    expect(asOfProblem(march, '2017-01')).toBeUndefined();
  });

  it('says when no month of a short series works', () => {
    expect(asOfProblem(months('2015-03', '2016-08'), '2016-02')).toEqual({
      kind: 'before-comparison',
      first: '2015-03',
      earliest: undefined,
    });
  });

  it('lists the missing months the comparison sums, in both years, and only those', () => {
    const gappy = months('2015-01', '2018-12', ['2016-02', '2017-03', '2017-09']);
    // Jan-Apr 2017 against Jan-Apr 2016; September 2017 is outside both
    expect(asOfProblem(gappy, '2017-04')).toEqual({
      kind: 'gaps',
      missing: ['2016-02', '2017-03'],
    });
    expect(asOfProblem(gappy, '2018-02')).toBeUndefined();
    expect(asOfProblem(gappy, '2018-12')).toEqual({
      kind: 'gaps',
      missing: ['2017-03', '2017-09'],
    });
  });

  it('leaves annual series to the indicator', () => {
    expect(asOfProblem([{ year: 2015 }, { year: 2016 }], '2030-01')).toBeUndefined();
  });
});

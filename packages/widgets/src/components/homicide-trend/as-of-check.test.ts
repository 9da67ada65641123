import { describe, expect, it } from 'vitest';
import { asOfProblem, asOfReason, type AsOfContext } from './as-of-check.js';

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

  it('suggests the first month with nothing missing to sum, past gaps early in the data', () => {
    // with January 2016 missing, every as-of in 2017 lacks it; 2018-01 sums Jan 2017 and Jan 2018
    const gappy = months('2015-03', '2018-12', ['2016-01']);
    expect(asOfProblem(gappy, '2016-05')).toMatchObject({ earliest: '2018-01' });
    expect(asOfProblem(gappy, '2018-01')).toBeUndefined();
    // with only February 2016 missing, January 2017 still works
    const february = months('2015-03', '2018-12', ['2016-02']);
    expect(asOfProblem(february, '2016-05')).toMatchObject({ earliest: '2017-01' });
    expect(asOfProblem(february, '2017-01')).toBeUndefined();
    expect(asOfProblem(february, '2017-02')).toMatchObject({ kind: 'gaps', missing: ['2016-02'] });
  });

  it('suggests no month when every one lacks a month to sum', () => {
    // January 2016 and January 2017 missing: 2017 lacks the first, 2018 the second
    const gappy = months('2015-03', '2018-12', ['2016-01', '2017-01']);
    expect(asOfProblem(gappy, '2016-05')).toMatchObject({ earliest: undefined });
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

describe('asOfReason', () => {
  const context: AsOfContext = { what: 'mine (MX)', vintage: undefined, attribute: 'as-of' };
  const late = { kind: 'before-comparison', first: '2015-03', earliest: '2017-01' } as const;

  it('advises on the attribute the reader can change', () => {
    expect(asOfReason(late, context, 'en')).toMatch(/: choose an as-of from 2017-01 on$/);
    expect(asOfReason(late, { ...context, attribute: 'to' }, 'en')).toMatch(
      /: choose a to from 2017 on$/,
    );
    expect(asOfReason(late, { ...context, attribute: 'to' }, 'es')).toMatch(
      /: elija un to desde 2017$/,
    );
    expect(asOfReason(late, { ...context, attribute: 'vintage' }, 'es')).toMatch(
      /: elija un vintage posterior$/,
    );
    expect(asOfReason({ ...late, earliest: undefined }, context, 'en')).toMatch(
      /: no month of the data has a year before it to compare with$/,
    );
  });

  it('names the releases the months come from', () => {
    const outside = { kind: 'outside', first: '2015-02', last: '2017-11' } as const;
    expect(asOfReason(outside, { ...context, vintage: '2018-02-19' }, 'es')).toBe(
      'fuera de los datos: mine (MX) tiene meses de 2015-02 a 2017-11 en las publicaciones hasta el 2018-02-19',
    );
  });

  it('lists six missing months, then how many there are', () => {
    const missing = [
      '2016-01',
      '2016-02',
      '2016-03',
      '2016-04',
      '2016-05',
      '2016-06',
      '2017-01',
      '2017-02',
    ];
    expect(asOfReason({ kind: 'gaps', missing }, context, 'en')).toBe(
      'mine (MX) has no row for 2016-01, 2016-02, 2016-03, 2016-04, 2016-05, 2016-06… (8 in all), which the year-to-date change adds up',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { HomicideObservation } from '../schemas/homicides.js';
import { latestVintage } from './vintage.js';

const row = (month: number, vintage: string, count: number): HomicideObservation => ({
  seriesId: 's',
  region: 'MX',
  year: 2017,
  month,
  count,
  sourceId: 'X',
  vintage,
});

describe('latestVintage', () => {
  const rows = [
    row(1, '2017-02-21', 100),
    row(1, '2017-03-21', 104),
    row(2, '2017-03-21', 90),
    row(1, '2018-07', 107),
  ];

  it('keeps the latest release of each month', () => {
    expect(latestVintage(rows)).toEqual([row(1, '2018-07', 107), row(2, '2017-03-21', 90)]);
  });

  it('keeps what was public on a date', () => {
    expect(latestVintage(rows, '2017-03-01')).toEqual([row(1, '2017-02-21', 100)]);
    expect(latestVintage(rows, '2017-03-21')).toEqual([
      row(1, '2017-03-21', 104),
      row(2, '2017-03-21', 90),
    ]);
    expect(latestVintage(rows, '2017-01-31')).toEqual([]);
  });

  it('counts a month-precision release as published on the first of the month', () => {
    expect(latestVintage(rows, '2018-07-01').find((r) => r.month === 1)?.count).toBe(107);
    expect(latestVintage(rows, '2018-06-30').find((r) => r.month === 1)?.count).toBe(104);
  });

  it('keeps different series and regions apart', () => {
    const other = { ...row(1, '2016-01-01', 5), region: 'MX-CHH' };
    expect(latestVintage([...rows, other])).toHaveLength(3);
  });
});

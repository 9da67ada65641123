import type { HomicideObservation } from '@usmx/data/schemas';

/** Test fixtures: rows for one series, region and year, one per given month (January first). */
export function monthlyRows(
  year: number,
  counts: readonly number[],
  extra: Partial<HomicideObservation> = {},
): HomicideObservation[] {
  return counts.map((count, i) => ({
    seriesId: 'test-series',
    region: 'MX',
    year,
    month: i + 1,
    count,
    sourceId: 'TEST_SOURCE',
    vintage: '2018-01-01',
    ...extra,
  }));
}

/**
 * A small monthly series with round numbers, used by hand-computed tests:
 * 2014: 100 every month (1,200); 2015: 110 every month (1,320);
 * 2016: 100, 120, 110, 130, then 120 x 8 (1,420); 2017: 150, 140, 160, 150 (January-April).
 */
export function handSeries(): HomicideObservation[] {
  return [
    ...monthlyRows(2014, Array(12).fill(100)),
    ...monthlyRows(2015, Array(12).fill(110)),
    ...monthlyRows(2016, [100, 120, 110, 130, ...Array(8).fill(120)]),
    ...monthlyRows(2017, [150, 140, 160, 150]),
  ];
}

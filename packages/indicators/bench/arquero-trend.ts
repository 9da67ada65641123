import type { HomicideObservation } from '@usmx/data/schemas';
import * as aq from 'arquero';

/** Year-to-date and rolling-12 sums and changes per series, as usmx computes them. */
export interface WindowSums {
  seriesId: string;
  ytdCurrent: number;
  ytdPrevious: number;
  ytdChangePct: number | null;
  rollingCurrent: number;
  rollingPrevious: number;
  rollingChangePct: number | null;
}

/**
 * The year-to-date and rolling 12-month comparison of `homicideTrend`, for every series at once,
 * written the way a JavaScript analyst would with arquero: a table, a month index, a grouped
 * roll-up of conditional sums, then the percent changes.
 */
export function arqueroWindows(
  rows: readonly HomicideObservation[],
  asOfYear: number,
  asOfMonth: number,
): WindowSums[] {
  const asOf = asOfYear * 12 + asOfMonth - 1;
  const params = { ytdFrom: asOfYear * 12, asOf, rollFrom: asOf - 11 };
  return aq
    .from(rows as HomicideObservation[])
    .params(params)
    .derive({ monthIndex: (d: { year: number; month: number }) => d.year * 12 + d.month - 1 })
    .groupby('seriesId')
    .rollup({
      ytdCurrent: (d: { monthIndex: number; count: number }, $: typeof params) =>
        aq.op.sum(d.monthIndex >= $.ytdFrom && d.monthIndex <= $.asOf ? d.count : 0),
      ytdPrevious: (d: { monthIndex: number; count: number }, $: typeof params) =>
        aq.op.sum(d.monthIndex >= $.ytdFrom - 12 && d.monthIndex <= $.asOf - 12 ? d.count : 0),
      rollingCurrent: (d: { monthIndex: number; count: number }, $: typeof params) =>
        aq.op.sum(d.monthIndex >= $.rollFrom && d.monthIndex <= $.asOf ? d.count : 0),
      rollingPrevious: (d: { monthIndex: number; count: number }, $: typeof params) =>
        aq.op.sum(d.monthIndex >= $.rollFrom - 12 && d.monthIndex <= $.asOf - 12 ? d.count : 0),
    })
    .derive({
      ytdChangePct: (d: { ytdCurrent: number; ytdPrevious: number }) =>
        d.ytdPrevious === 0 ? null : (d.ytdCurrent / d.ytdPrevious - 1) * 100,
      rollingChangePct: (d: { rollingCurrent: number; rollingPrevious: number }) =>
        d.rollingPrevious === 0 ? null : (d.rollingCurrent / d.rollingPrevious - 1) * 100,
    })
    .objects() as WindowSums[];
}

/**
 * Benchmark: homicideTrend for every municipality in INEGI's municipal file, against the same
 * year-to-date and rolling 12-month computation in arquero, on half and on all the rows.
 * Run with `pnpm --filter @usmx/indicators bench`.
 */
import type { HomicideObservation } from '@usmx/data/schemas';
import { Bench } from 'tinybench';
import { homicideTrend } from '../src/index.js';
import { arqueroWindows } from './arquero-trend.js';
import { loadMunicipalRows } from './municipal-rows.js';

const AS_OF = '2015-06';

/** homicideTrend once per municipality: group the rows, then call the indicator on each group. */
function usmxTrends(rows: readonly HomicideObservation[]) {
  const bySeries = new Map<string, HomicideObservation[]>();
  for (const row of rows) {
    const list = bySeries.get(row.seriesId);
    if (list === undefined) bySeries.set(row.seriesId, [row]);
    else list.push(row);
  }
  const trends = [];
  for (const [series, list] of bySeries) trends.push(homicideTrend(list, { series, asOf: AS_OF }));
  return trends;
}

function checkSameNumbers(rows: readonly HomicideObservation[]): void {
  const ours = new Map(usmxTrends(rows).map((t) => [t.series, t]));
  for (const theirs of arqueroWindows(rows, 2015, 6)) {
    const trend = ours.get(theirs.seriesId)!;
    const same =
      trend.ytd!.current === theirs.ytdCurrent &&
      trend.ytd!.previous === theirs.ytdPrevious &&
      trend.rolling12!.current === theirs.rollingCurrent &&
      trend.rolling12!.previous === theirs.rollingPrevious &&
      trend.ytd!.changePct === theirs.ytdChangePct;
    if (!same) throw new Error(`usmx and arquero disagree on ${theirs.seriesId}`);
  }
}

const { fileRows, rows, municipalities } = loadMunicipalRows();
const halfSet = new Set(municipalities.slice(0, Math.floor(municipalities.length / 2)));
const half = rows.filter((row) => halfSet.has(row.seriesId));
checkSameNumbers(rows);

const bench = new Bench({ time: 4000, iterations: 8, warmup: true });
bench
  .add('usmx homicideTrend, half', () => void usmxTrends(half))
  .add('arquero, half', () => void arqueroWindows(half, 2015, 6))
  .add('usmx homicideTrend, all', () => void usmxTrends(rows))
  .add('arquero, all', () => void arqueroWindows(rows, 2015, 6));
await bench.run();

/** Median time of one run, in ms: robust to the odd garbage-collection pause. */
const medianMs = (name: string): number => {
  const result = bench.getTask(name)!.result;
  if (result.state !== 'completed') throw new Error(`${name}: ${result.state}`);
  return result.latency.p50;
};
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const format = (n: number, digits = 2) => n.toFixed(digits);

console.log(
  `\nINEGI municipal file: ${fileRows.toLocaleString('en-US')} rows, ${municipalities.length.toLocaleString('en-US')} municipalities;` +
    ` ${rows.length.toLocaleString('en-US')} rows once absent municipality-years are filled with 0 (half: ${half.length.toLocaleString('en-US')}).`,
);
console.log(
  `asOf ${AS_OF}; usmx computes YTD, rolling 12, seasonal projection with a 25-year backtest, record and annual rates; arquero computes YTD and rolling 12 only.`,
);
console.table(
  ['half', 'all'].map((size) => {
    const n = size === 'half' ? half.length : rows.length;
    const usmx = medianMs(`usmx homicideTrend, ${size}`);
    const arquero = medianMs(`arquero, ${size}`);
    return {
      rows: n,
      'usmx ms': format(usmx, 1),
      'usmx rows/s': rate(n, usmx),
      'arquero ms': format(arquero, 1),
      'arquero rows/s': rate(n, arquero),
      'usmx speed-up vs arquero': `${format(arquero / usmx)}x`,
    };
  }),
);
const usmxScaling = medianMs('usmx homicideTrend, all') / medianMs('usmx homicideTrend, half');
const arqueroScaling = medianMs('arquero, all') / medianMs('arquero, half');
console.log(
  `Scaling, time(all) / time(half) for ${format(rows.length / half.length)}x the rows: usmx ${format(usmxScaling)}, arquero ${format(arqueroScaling)} (linear = ${format(rows.length / half.length)}; goal <= 2).`,
);

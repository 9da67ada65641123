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

/** The rows of each municipality (counted first, so each group is allocated once at its final size). */
function groupBySeries(rows: readonly HomicideObservation[]) {
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(row.seriesId, (sizes.get(row.seriesId) ?? 0) + 1);
  const groups = new Map<string, { rows: HomicideObservation[]; filled: number }>();
  for (const [series, size] of sizes) groups.set(series, { rows: new Array(size), filled: 0 });
  for (const row of rows) {
    const group = groups.get(row.seriesId)!;
    group.rows[group.filled++] = row;
  }
  return groups;
}

/** homicideTrend once per municipality. */
function trendsOf(groups: ReturnType<typeof groupBySeries>) {
  const trends = [];
  for (const [series, group] of groups) {
    trends.push(homicideTrend(group.rows, { series, asOf: AS_OF }));
  }
  return trends;
}

/** What a user does with a table of rows: group them by municipality, then compute each trend. */
function usmxTrends(rows: readonly HomicideObservation[]) {
  return trendsOf(groupBySeries(rows));
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

/**
 * The four tasks run in several short rounds, one after the other within each round, so that a
 * burst of other work on the machine falls on every task alike; a full garbage collection before
 * each run (when node runs with --expose-gc) keeps one task's garbage out of the next one's time.
 */
const ROUNDS = 5;

/**
 * Process CPU time (user + system, all threads) in ms: unlike wall-clock time, it does not count
 * the time this process waits while other programs use the cores.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
const cpuClock = {
  name: 'process.cpuUsage',
  fn: cpuMs,
  fromMs: (ms: number) => ms,
  toMs: (value: number | bigint) => Number(value),
};

const halfGroups = groupBySeries(half);
const allGroups = groupBySeries(rows);
const tasks: [string, () => void][] = [
  ['usmx homicideTrend, half', () => void usmxTrends(half)],
  ['usmx homicideTrend on rows grouped beforehand, half', () => void trendsOf(halfGroups)],
  ['usmx homicideTrend on rows grouped beforehand, all', () => void trendsOf(allGroups)],
  ['arquero, half', () => void arqueroWindows(half, 2015, 6)],
  ['usmx homicideTrend, all', () => void usmxTrends(rows)],
  ['arquero, all', () => void arqueroWindows(rows, 2015, 6)],
];
const collect = (globalThis as { gc?: () => void }).gc;
const roundMedians = new Map<string, number[]>(tasks.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({
    time: 800,
    iterations: 3,
    warmup: round === 0,
    timestampProvider: cpuClock,
  });
  for (const [name, fn] of tasks) bench.add(name, fn, { beforeEach: () => collect?.() });
  await bench.run();
  for (const [name] of tasks) {
    const result = bench.getTask(name)!.result;
    if (result.state !== 'completed') throw new Error(`${name}: ${result.state}`);
    roundMedians.get(name)!.push(result.latency.p50);
  }
}

/**
 * Time of one run in ms: the best round's median. Other work on the machine only ever adds
 * time, so the fastest round is the closest to the cost of the code itself.
 */
const runMs = (name: string): number => Math.min(...roundMedians.get(name)!);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const format = (n: number, digits = 2) => n.toFixed(digits);

console.log(
  `\nINEGI municipal file: ${fileRows.toLocaleString('en-US')} rows, ${municipalities.length.toLocaleString('en-US')} municipalities;` +
    ` ${rows.length.toLocaleString('en-US')} rows once absent municipality-years are filled with 0 (half: ${half.length.toLocaleString('en-US')}).`,
);
console.log(
  `CPU time; best of ${ROUNDS} interleaved rounds (median run of each)${collect ? ', full garbage collection before each run' : ''}.`,
);
console.log(
  `asOf ${AS_OF}; usmx computes YTD, rolling 12, seasonal projection with a 25-year backtest, record and annual rates; arquero computes YTD and rolling 12 only.`,
);
console.table(
  ['half', 'all'].map((size) => {
    const n = size === 'half' ? half.length : rows.length;
    const usmx = runMs(`usmx homicideTrend, ${size}`);
    const arquero = runMs(`arquero, ${size}`);
    return {
      rows: n,
      'usmx CPU ms': format(usmx, 1),
      'usmx rows/s': rate(n, usmx),
      'arquero CPU ms': format(arquero, 1),
      'arquero rows/s': rate(n, arquero),
      'usmx speed-up vs arquero': `${format(arquero / usmx)}x`,
    };
  }),
);
const usmxScaling = runMs('usmx homicideTrend, all') / runMs('usmx homicideTrend, half');
const arqueroScaling = runMs('arquero, all') / runMs('arquero, half');
const computeScaling =
  runMs('usmx homicideTrend on rows grouped beforehand, all') /
  runMs('usmx homicideTrend on rows grouped beforehand, half');
console.log(
  `Scaling, time(all) / time(half) for ${format(rows.length / half.length)}x the rows: usmx ${format(usmxScaling)}, arquero ${format(arqueroScaling)} (linear = ${format(rows.length / half.length)}; goal <= 2).`,
);
console.log(
  `usmx without the grouping step (rows grouped by municipality beforehand): ${format(runMs('usmx homicideTrend on rows grouped beforehand, half'), 1)} -> ${format(runMs('usmx homicideTrend on rows grouped beforehand, all'), 1)} CPU ms, scaling ${format(computeScaling)}.`,
);

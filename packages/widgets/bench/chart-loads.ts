import type { Browser } from 'playwright';
import { median } from './render.js';
import { PHONE, timeToChart, type ChartLoad } from './time-to-chart.js';

/** What a page fetched before its chart, gzip body bytes by kind, and on the wire with headers. */
export interface PageBytes {
  readonly requests: number;
  readonly page: number;
  readonly code: number;
  readonly data: number;
  readonly wire: number;
}

/** One page's cold loads: milliseconds to chart (median and quartiles) and what it fetched. */
export interface PageSummary {
  readonly label: string;
  readonly ms: { readonly median: number; readonly p25: number; readonly p75: number };
  readonly bytes: PageBytes;
  readonly loads: readonly ChartLoad[];
}

/** The value at quantile `q` (0-1) of `values`, linearly interpolated. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] as number;
  const high = sorted[Math.ceil(at)] as number;
  return low + (high - low) * (at - Math.floor(at));
}

/**
 * The kind of a file a benchmark page fetched: the page itself, data (a JSON file, or a chunk of
 * the dataset, which the CDN build puts in `chunks/data/`) or code.
 */
export function kindOf(url: string, pageUrl: string): 'page' | 'data' | 'code' {
  if (url === pageUrl) return 'page';
  const { pathname } = new URL(url);
  return pathname.endsWith('.json') || pathname.includes('/chunks/data/') ? 'data' : 'code';
}

/** What the page fetched before its chart in its last load (every load fetches the same files). */
function bytesOf(load: ChartLoad, pageUrl: string): PageBytes {
  const bytes = { requests: load.fetched.length, page: 0, code: 0, data: 0, wire: 0 };
  for (const file of load.fetched) {
    bytes[kindOf(file.url, pageUrl)] += file.body;
    bytes.wire += file.wire;
  }
  return bytes;
}

/** Cold loads of every page (label -> URL), `runs` each, interleaved, summed up per page. */
export async function summarizeLoads(
  browser: Browser,
  pages: Readonly<Record<string, string>>,
  runs: number,
): Promise<PageSummary[]> {
  const loads = await timeToChart(browser, pages, runs);
  return Object.entries(loads).map(([label, runsOf]) => {
    const ms = runsOf.map((load) => load.ms);
    return {
      label,
      ms: { median: median(ms), p25: quantile(ms, 0.25), p75: quantile(ms, 0.75) },
      bytes: bytesOf(runsOf.at(-1) as ChartLoad, pages[label] as string),
      loads: runsOf,
    };
  });
}

/** Run by run ratios of two pages' times (their loads were interleaved): median and quartiles. */
export function pairedRatio(
  a: PageSummary,
  b: PageSummary,
): { median: number; p25: number; p75: number } {
  const ratios = a.loads.map((load, i) => load.ms / (b.loads[i] as ChartLoad).ms);
  return { median: median(ratios), p25: quantile(ratios, 0.25), p75: quantile(ratios, 0.75) };
}

/** The profile in words, for the report. */
export const PROFILE_TEXT =
  `${PHONE.downloadBitsPerSecond / 1e6} Mbit/s down, ${PHONE.latencyMs} ms round trip, ` +
  `${PHONE.cpuSlowdown}x CPU slowdown, ${PHONE.viewport.width} px at ${PHONE.deviceScaleFactor}x, cold cache, gzip`;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => Math.round(value).toLocaleString('en-US');

/** The goals of the time-to-chart report, each a ratio or a size in one run. */
export const CHART_GOALS = { plot: 0.5, chartjs: 0.7, bytes: 30 * 1024 } as const;

/**
 * Prints the time-to-chart table and the goals for `subject` (the zero-configuration homicide
 * chart) against the pages labelled `plot` and `chartjs`; returns whether every goal passed.
 */
export function printChartLoads(
  summaries: readonly PageSummary[],
  labels: { subject: string; plot: string; chartjs: string; floor: string },
  runs: number,
): boolean {
  console.log(
    `\nTime to chart, a reader's phone (${PROFILE_TEXT}): navigation start to the chart painted, median [quartiles] of ${runs} interleaved cold loads each; what the page fetched until then (gzip bodies, KB) and on the wire with headers`,
  );
  console.log(
    `  ${'page'.padEnd(44)} ${'median'.padStart(8)}  ${'quartiles'.padEnd(13)} requests    code    data  page  wire`,
  );
  for (const { label, ms: time, bytes } of summaries) {
    console.log(
      `  ${label.padEnd(44)} ${ms(time.median).padStart(5)} ms  [${ms(time.p25)}-${ms(time.p75)}]`.padEnd(
        74,
      ) +
        ` ${String(bytes.requests).padStart(8)}  ${kb(bytes.code).padStart(6)}  ${kb(bytes.data).padStart(6)}  ${kb(bytes.page).padStart(4)}  ${kb(bytes.wire).padStart(4)}`,
    );
  }
  const find = (label: string) => summaries.find((page) => page.label === label) as PageSummary;
  const subject = find(labels.subject);
  let passed = true;
  for (const [peer, goal] of [
    [labels.plot, CHART_GOALS.plot],
    [labels.chartjs, CHART_GOALS.chartjs],
  ] as const) {
    const ratio = pairedRatio(subject, find(peer));
    const pass = ratio.median <= goal;
    passed &&= pass;
    console.log(
      `  ${subject.label} / ${peer} = ${ratio.median.toFixed(2)} [${ratio.p25.toFixed(2)}-${ratio.p75.toFixed(2)}] run by run (goal <= ${goal.toFixed(2)}: ${pass ? 'PASS' : 'FAIL'})`,
    );
  }
  const before = subject.bytes.code + subject.bytes.data;
  const pass = before <= CHART_GOALS.bytes;
  passed &&= pass;
  console.log(
    `  ${subject.label}: ${kb(before)} KB of code and data before the chart (goal <= ${kb(CHART_GOALS.bytes)} KB: ${pass ? 'PASS' : 'FAIL'}), ${kb(subject.bytes.wire)} KB on the wire with the page and headers`,
  );
  const floor = find(labels.floor);
  console.log(
    `  floor: the widget's file alone, fetched and run, paints at ${ms(floor.ms.median)} ms = ${(floor.ms.median / find(labels.plot).ms.median).toFixed(2)} x Plot's chart; the rest (${ms(subject.ms.median - floor.ms.median)} ms) is the chart's data, its code and drawing`,
  );
  return passed;
}

import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { PageSummary } from './chart-loads.js';
import { PROFILE_TEXT } from './chart-loads.js';

const START = '<!-- bench:performance:start -->';
const END = '<!-- bench:performance:end -->';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

/** What `pnpm bench` measured that the README's Performance section shows. */
export interface PerformanceReport {
  readonly chromium: string;
  readonly runs: number;
  readonly loads: readonly PageSummary[];
  /** Extra lines under the table (other measures of the same run), Markdown. */
  readonly notes: readonly string[];
}

/**
 * The README's Performance section, between its markers: the time to chart and the bytes of each
 * page, with the date, this machine and the Chromium version, so a reader knows what was measured
 * where. Written by `pnpm bench`; commit it with the change it measures.
 */
export function performanceSection(report: PerformanceReport, date = new Date()): string {
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}`;
  const rows = report.loads.map(
    ({ label, ms: time, bytes }) =>
      `| ${label.replace(/[<>|]/g, (c) => `\\${c}`)} | ${ms(time.median)} | ${Math.round(time.p25).toLocaleString('en-US')}-${ms(time.p75)} | ${bytes.requests} | ${kb(bytes.code)} | ${kb(bytes.data)} | ${kb(bytes.wire)} |`,
  );
  return [
    START,
    `Measured by \`pnpm bench\` on ${date.toISOString().slice(0, 10)}: ${machine}; Chromium ${report.chromium}, headless.`,
    '',
    `**Time to chart** on a reader's phone (${PROFILE_TEXT}), from navigation start to the chart painted, median and quartiles of ${report.runs} interleaved cold loads of each page; what the page fetched before its chart: code and data as gzip bodies, and everything on the wire with the page and headers.`,
    '',
    '| page | time to chart | quartiles | requests | code | data | on the wire |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...report.notes,
    END,
  ].join('\n');
}

/** Replaces the Performance section of the README at `path` (between its markers) with `section`. */
export function writePerformanceSection(path: string, section: string): void {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path}: no ${START} ... ${END} section`);
  writeFileSync(path, readme.slice(0, start) + section + readme.slice(end + END.length));
}

import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { launchChromium } from './bench/browser.ts';
import { writeChartPages } from './bench/chart-pages.ts';
import { serve } from './bench/server.ts';
import { timeToChart } from './bench/time-to-chart.ts';
import { median } from './bench/render.ts';
const root = resolve('.');
const work = join(root, 'node_modules/.cache/usmx-bench');
mkdirSync(work, { recursive: true });
const tags = ['usmx-homicide-trend', 'usmx-corridor-share', 'usmx-splinter-count', 'usmx-group-lineage', 'usmx-claim'];
const pages = await writeChartPages(work, root, tags);
const { url, server } = await serve({ '/cdn/': join(root, 'dist/cdn'), '/bench/': work });
const browser = await launchChromium();
const runs = Number(process.argv[2] ?? 5);
const loads = await timeToChart(browser, Object.fromEntries(Object.entries(pages).map(([l, p]) => [l, url + p])), runs);
for (const [label, ls] of Object.entries(loads)) {
  const last = ls[ls.length - 1]!;
  console.log(label.padEnd(40), median(ls.map((l) => l.ms)).toFixed(0).padStart(6), 'ms', ls.map((l) => l.ms.toFixed(0)).join(' '), '| req', last.fetched.length, 'body', last.fetched.reduce((s, f) => s + f.body, 0), 'wire', last.fetched.reduce((s, f) => s + f.wire, 0));
  if (process.argv[3]) for (const f of last.fetched) console.log('   ', f.url.replace(url, ''), f.body, (f as any).start, (f as any).end);
}
await browser.close(); server.close();

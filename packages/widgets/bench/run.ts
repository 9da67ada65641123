/**
 * `pnpm bench`: CDN bundle sizes (min+gzip, before the first render, data excluded) against a
 * tree-shaken Chart.js line chart and Observable Plot bundled the same way, with the budgets; then
 * what each widget's page fetches until it is drawn (code and data); then the first render of
 * <usmx-homicide-trend> with 360 monthly points against Plot and Chart.js drawing the same series
 * in the same headless Chromium run. Run `pnpm build` first.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageWeights } from './page-weight.js';
import { timeRenders, median } from './render.js';
import { serve } from './server.js';
import {
  AUTOLOADER_BUDGET,
  autoloadedFiles,
  buildComparators,
  gzipSize,
  staticGraph,
  WIDGET_BUDGET,
} from './sizes.js';

const root = resolve(import.meta.dirname, '..');
const cdn = join(root, 'dist/cdn');
const work = join(root, 'node_modules/.cache/usmx-bench');
const RUNS = 25;
const WARMUP = 3;

if (!existsSync(join(cdn, 'usmx.js')))
  throw new Error('dist/cdn is missing: run `pnpm build` first');
mkdirSync(work, { recursive: true });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const comparators = await buildComparators(work, root);
const chartjs = gzipSize(comparators.chartjs);
const plot = gzipSize(comparators.plot);

console.log('\nBundle size, min+gzip, code loaded before the first render (data chunks excluded)');
console.log(`  Chart.js (tree-shaken line chart)  ${kb(chartjs)}`);
console.log(`  Observable Plot (lineY)            ${kb(plot)}`);
let failed = false;
const bundles = readdirSync(cdn)
  .filter((file) => /^usmx-.+\.js$/.test(file))
  .map((file) => file.slice(0, -3))
  .sort();
const sizeLine = (label: string, files: string[], budget?: number) => {
  const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const pass = budget === undefined || bytes <= budget;
  failed ||= !pass;
  console.log(
    `  ${label.padEnd(26)} ${kb(bytes).padStart(8)} (${files.length} file${files.length > 1 ? 's' : ''})  ` +
      `x${(bytes / chartjs).toFixed(2)} Chart.js  x${(bytes / plot).toFixed(2)} Plot` +
      (budget === undefined ? '' : `  budget ${kb(budget)} ${pass ? 'PASS' : 'FAIL'}`),
  );
};
for (const name of bundles)
  sizeLine(`${name}.js`, staticGraph(join(cdn, `${name}.js`)), WIDGET_BUDGET);
sizeLine('usmx.js (autoloader)', [join(cdn, 'usmx.js')], AUTOLOADER_BUDGET);
console.log(
  '  A page with usmx.js: the autoloader and the code of the tags on the page, shared chunks once',
);
for (const tag of bundles) sizeLine(`  <${tag}>`, autoloadedFiles(cdn, [tag]));
sizeLine(`  all ${bundles.length} widgets`, autoloadedFiles(cdn, bundles));

writeFileSync(join(work, 'empty.html'), '<!doctype html><html lang="en"><body></body></html>');
writeFileSync(
  join(work, 'render.html'),
  '<!doctype html><html lang="en"><body><div id="stage"></div><script type="module" src="/bench/render-page.js"></script></body></html>',
);
const { url, server } = await serve({
  '/cdn/': cdn,
  '/bench/render-page.js': join(root, 'bench/render-page.js'),
  '/bench/': work,
});
try {
  const weights = await pageWeights(
    `${url}/bench/empty.html`,
    cdn,
    bundles.filter((name) => name.startsWith('usmx-')),
  );
  console.log(
    '\nPage weight until the widget is drawn from the embedded dataset: every CDN file fetched, code and data, min+gzip',
  );
  for (const [tag, { files, bytes }] of weights) {
    console.log(
      `  <${tag}>`.padEnd(26) +
        ` ${kb(bytes).padStart(8)} (${files.length} files)  x${(bytes / plot).toFixed(2)} Plot alone (no data)`,
    );
  }

  const times = await timeRenders(`${url}/bench/render.html`, RUNS, WARMUP);
  const stats = (runs: readonly { total: number; layout: number }[]) => ({
    total: median(runs.map((run) => run.total)),
    layout: median(runs.map((run) => run.layout)),
  });
  const [usmx, floor, plotMs, chartMs] = [
    stats(times.usmx),
    stats(times.usmxFloor),
    stats(times.plot),
    stats(times.chartjs),
  ];
  const line = (label: string, { total, layout }: { total: number; layout: number }) =>
    console.log(
      `  ${label.padEnd(52)} ${total.toFixed(2).padStart(6)} ms  (final style and layout ${layout.toFixed(2)} ms)`,
    );
  console.log(
    `\nFirst render, 360 monthly points, axes and labels, headless Chromium, median of ${RUNS} runs (after ${WARMUP} warm-up runs)`,
  );
  line('usmx <usmx-homicide-trend> (validate, compute, draw)', usmx);
  line('Observable Plot lineY', plotMs);
  line('Chart.js line (canvas, no animation)', chartMs);
  line('usmx floor: its finished DOM copied, no computation', floor);
  const ratio = usmx.total / plotMs.total;
  console.log(
    `  usmx / Plot = ${ratio.toFixed(2)} (goal <= 0.50: ${ratio <= 0.5 ? 'PASS' : 'FAIL'})   usmx / Chart.js = ${(usmx.total / chartMs.total).toFixed(2)}`,
  );
  console.log(
    `  floor / Plot = ${(floor.total / plotMs.total).toFixed(2)}: the share of Plot's time that putting usmx's DOM in the page takes before any work`,
  );
} finally {
  server.close();
}
if (failed) process.exitCode = 1;

/**
 * `pnpm bench`: CDN bundle sizes (min+gzip, before the first render, data excluded) against a
 * tree-shaken Chart.js line chart and Observable Plot bundled the same way, with the budgets; then
 * what each widget's page fetches until it is drawn (code and data); then the time to chart of
 * each widget's page and of the same annual bars drawn by Plot and Chart.js on a throttled phone
 * (`chart-loads.ts`); then the first render of <usmx-homicide-trend> with 360 monthly points,
 * whole and its chart alone, against Plot drawing the same marks and Chart.js, in the same
 * headless Chromium run. Times and bytes go to the README's Performance section. Run `pnpm build`
 * first.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.js';
import { printChartLoads, summarizeLoads, type PageSummary } from './chart-loads.js';
import { FLOOR, writeChartPages } from './chart-pages.js';
import { pageWeights } from './page-weight.js';
import { performanceSection, writePerformanceSection } from './readme-table.js';
import { buildRenderPages, printRenders, timeRenders } from './render.js';
import { serve } from './server.js';
import {
  AUTOLOADED_WIDGET_BUDGET,
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
/** Cold loads of each time-to-chart page. */
const CHART_RUNS = Number(process.env.USMX_BENCH_LOADS ?? 15);
let chromium = '';

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
/** Prints the min+gzip bytes of `files` against `budget`; returns them. */
const sizeLine = (label: string, files: string[], budget?: number): number => {
  const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const pass = budget === undefined || bytes <= budget;
  failed ||= !pass;
  console.log(
    `  ${label.padEnd(26)} ${kb(bytes).padStart(8)} (${files.length} file${files.length > 1 ? 's' : ''})  ` +
      `x${(bytes / chartjs).toFixed(2)} Chart.js  x${(bytes / plot).toFixed(2)} Plot` +
      (budget === undefined ? '' : `  budget ${kb(budget)} ${pass ? 'PASS' : 'FAIL'}`),
  );
  return bytes;
};
const widgetBytes = bundles.map((name) =>
  sizeLine(`${name}.js`, staticGraph(join(cdn, `${name}.js`)), WIDGET_BUDGET),
);
sizeLine('usmx.js (autoloader)', [join(cdn, 'usmx.js')], AUTOLOADER_BUDGET);
console.log(
  '  A page with usmx.js: the autoloader and the code of the tags on the page, shared chunks once',
);
for (const tag of bundles)
  sizeLine(`  <${tag}>`, autoloadedFiles(cdn, [tag]), AUTOLOADED_WIDGET_BUDGET);
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
  const tags = bundles.filter((name) => name.startsWith('usmx-'));
  const weights = await pageWeights(`${url}/bench/empty.html`, cdn, tags);
  console.log(
    '\nPage weight until the widget is drawn from the embedded dataset: every CDN file fetched, code and data, min+gzip',
  );
  for (const [tag, { files, bytes }] of weights) {
    console.log(
      `  <${tag}>`.padEnd(26) +
        ` ${kb(bytes).padStart(8)} (${files.length} files)  x${(bytes / plot).toFixed(2)} Plot alone (no data)`,
    );
  }

  const chartPages = await writeChartPages(work, root, tags);
  const browser = await launchChromium();
  let loads: PageSummary[];
  try {
    loads = await summarizeLoads(
      browser,
      Object.fromEntries(Object.entries(chartPages).map(([label, path]) => [label, url + path])),
      CHART_RUNS,
    );
    chromium = browser.version();
  } finally {
    await browser.close();
  }
  const chartsPassed = printChartLoads(
    loads,
    {
      subject: '<usmx-homicide-trend>',
      plot: 'Observable Plot',
      chartjs: 'Chart.js',
      floor: FLOOR,
    },
    CHART_RUNS,
  );
  failed ||= !chartsPassed;
  await buildRenderPages(work, root);
  // render.medians: milliseconds by renderer, e.g. `usmx` (full widget) and `usmxChart` (chart alone)
  const render = await timeRenders(`${url}/bench/render.html`, RUNS, WARMUP);
  const renderPassed = printRenders(render.medians, RUNS, WARMUP);
  failed ||= !renderPassed;

  const { usmx, usmxChart, plot: plotRender } = render.medians;
  writePerformanceSection(
    join(root, 'README.md'),
    performanceSection({
      chromium,
      runs: CHART_RUNS,
      loads,
      notes: [
        `**Render CPU**, the same run, headless Chromium without throttling, median of ${RUNS} renders of 360 monthly points to a laid-out chart: the chart alone (indicator, model, layout, SVG) ${usmxChart.total.toFixed(1)} ms against ${plotRender.total.toFixed(1)} ms for Observable Plot drawing the same marks (${(usmxChart.total / plotRender.total).toFixed(2)} x); the whole widget (title, summary, legend, chart, table, actions, footer) ${usmx.total.toFixed(1)} ms (${(usmx.total / plotRender.total).toFixed(2)} x).`,
        '',
        `**Bytes**: each widget's own file weighs ${kb(Math.min(...widgetBytes))} to ${kb(Math.max(...widgetBytes))} min+gzip before its first render (budget ${kb(WIDGET_BUDGET)}); Chart.js alone is ${kb(chartjs)}, Observable Plot ${kb(plot)}.`,
      ],
    }),
  );
  console.log('\n  Performance section written to README.md');
} finally {
  server.close();
}
if (failed) process.exitCode = 1;

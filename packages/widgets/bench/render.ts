import { join } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { launchChromium } from './browser.js';
import { bundleModules } from './bundle.js';

/** One run: milliseconds from data to laid-out chart, and of those the final style and layout. */
export interface RenderTime {
  readonly total: number;
  readonly layout: number;
}

/**
 * What the render page draws: the whole widget (`usmx`), its finished DOM copied with no
 * computation (`usmxFloor`), its chart alone (`usmxChart`), Plot drawing the chart's marks
 * (`plot`), and Chart.js drawing the months as a line (`chartjs`).
 */
export type Renderer = 'usmx' | 'usmxFloor' | 'usmxChart' | 'plot' | 'chartjs';

/** Runs of each renderer. */
export type RenderTimes = Record<Renderer, RenderTime[]>;

/** Each renderer's runs and their medians (total and layout, each the median of its own). */
export interface RenderResult {
  readonly runs: RenderTimes;
  readonly medians: Record<Renderer, RenderTime>;
}

/**
 * Bundles the modules the render page imports besides the comparators of `bench/sizes.ts` into
 * `outDir`: usmx's chart alone, from the widget's sources with the CDN build's minifier of Lit
 * templates, and Plot drawing the same marks.
 */
export async function buildRenderPages(outDir: string, root: string): Promise<void> {
  await bundleModules({ 'usmx-chart': join(root, 'bench/pages/usmx-chart.ts') }, outDir, root, [
    minifyHtmlLiterals({
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
  ]);
  await bundleModules({ 'plot-marks': join(root, 'bench/pages/plot-marks.js') }, outDir, root);
}

/** Loads the benchmark page in headless Chromium and times `runs` renders per renderer after `warmup`. */
export async function timeRenders(
  url: string,
  runs: number,
  warmup: number,
): Promise<RenderResult> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { benchReady?: boolean }).benchReady === true,
    );
    const times = await page.evaluate(
      ([n, w]) =>
        (
          window as unknown as { benchmark: (n: number, w: number) => Promise<RenderTimes> }
        ).benchmark(n, w),
      [runs, warmup] as const,
    );
    if (errors.length > 0) throw new Error(`benchmark page errors: ${errors.join('; ')}`);
    const medians = Object.fromEntries(
      Object.entries(times).map(([name, list]) => [
        name,
        {
          total: median(list.map((run) => run.total)),
          layout: median(list.map((run) => run.layout)),
        },
      ]),
    ) as Record<Renderer, RenderTime>;
    return { runs: times, medians };
  } finally {
    await browser.close();
  }
}

/** Prints the render section from `medians` of `runs` runs after `warmup`; whether the chart alone met its goal. */
export function printRenders(
  medians: Readonly<Record<Renderer, RenderTime>>,
  runs: number,
  warmup: number,
): boolean {
  const line = (label: string, { total, layout }: RenderTime) =>
    console.log(
      `  ${label.padEnd(66)} ${total.toFixed(2).padStart(6)} ms  (final style and layout ${layout.toFixed(2)} ms)`,
    );
  const { usmx, usmxChart: chart, plot, chartjs, usmxFloor: floor } = medians;
  console.log(
    `\nFirst render, 360 monthly points to a laid-out chart, headless Chromium, median of ${runs} runs (after ${warmup} warm-up runs)`,
  );
  line('usmx <usmx-homicide-trend>, full widget (validate, compute, draw)', usmx);
  line('usmx chart alone (indicator, model, layout, svg)', chart);
  line('Observable Plot, same marks (annual sums, draw)', plot);
  line('Chart.js line of the months (canvas, no animation)', chartjs);
  line('usmx floor: its finished DOM copied, no computation', floor);
  const ratio = chart.total / plot.total;
  console.log(
    `  chart alone / Plot = ${ratio.toFixed(2)} (goal <= 1.00: ${ratio <= 1 ? 'PASS' : 'FAIL'})   full widget / Plot = ${(usmx.total / plot.total).toFixed(2)}`,
  );
  console.log(
    `  floor / Plot = ${(floor.total / plot.total).toFixed(2)}: the share of Plot's time that putting the widget's DOM in the page takes before any work`,
  );
  return ratio <= 1;
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

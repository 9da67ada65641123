import { launchChromium } from './browser.js';

/** One run: milliseconds from data to laid-out chart, and of those the final style and layout. */
export interface RenderTime {
  readonly total: number;
  readonly layout: number;
}

/** Runs of each library, and of usmx's finished DOM with no computation, from the page at `url`. */
export type RenderTimes = Record<'usmx' | 'usmxFloor' | 'plot' | 'chartjs', RenderTime[]>;

/** Loads the benchmark page in headless Chromium and times `runs` renders per library after `warmup`. */
export async function timeRenders(url: string, runs: number, warmup: number): Promise<RenderTimes> {
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
    return times;
  } finally {
    await browser.close();
  }
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

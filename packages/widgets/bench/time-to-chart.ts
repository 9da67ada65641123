import type { Browser } from 'playwright';

/**
 * A phone on a slow mobile network, as a reader of a news page opens it: Lighthouse's mobile
 * profile (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, 4x CPU slowdown), a 412 px wide
 * screen at 2 device pixels per CSS pixel.
 */
export const PHONE = {
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 2,
} as const;

/** The mark a benchmark page sets once its chart's marks are in the DOM and painted. */
export const CHART_MARK = 'chart-painted';

/** One file the page fetched before its chart: its URL, bytes on the wire (headers too) and gzip body bytes. */
export interface Fetched {
  readonly url: string;
  readonly wire: number;
  readonly body: number;
}

/** One cold load of a page: milliseconds from navigation start to the painted chart, and what it fetched until then. */
export interface ChartLoad {
  readonly ms: number;
  readonly fetched: readonly Fetched[];
}

/**
 * Loads each page in `pages` (label -> URL) `runs` times in `browser`, interleaved and in a
 * rotating order, each time in a fresh context (cold cache, cache disabled) throttled through the
 * DevTools protocol to `PHONE`. A page reports its chart by setting the performance mark
 * `CHART_MARK` after the frame that painted it; a page that sets `window.chartError` instead fails
 * the benchmark.
 */
export async function timeToChart(
  browser: Browser,
  pages: Readonly<Record<string, string>>,
  runs: number,
): Promise<Record<string, ChartLoad[]>> {
  const labels = Object.keys(pages);
  const loads: Record<string, ChartLoad[]> = Object.fromEntries(labels.map((l) => [l, []]));
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < labels.length; i++) {
      const label = labels[(run + i) % labels.length] as string;
      loads[label]?.push(await coldLoad(browser, pages[label] as string));
    }
  }
  return loads;
}

async function coldLoad(browser: Browser, url: string): Promise<ChartLoad> {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downloadBitsPerSecond / 8,
      uploadThroughput: PHONE.uploadBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      (mark) =>
        performance.getEntriesByName(mark).length > 0 ||
        (window as { chartError?: string }).chartError !== undefined,
      CHART_MARK,
      { polling: 100, timeout: 60_000 },
    );
    const load = await page.evaluate((mark) => {
      const error = (window as { chartError?: string }).chartError;
      if (error !== undefined) throw new Error(error);
      const ms = (performance.getEntriesByName(mark)[0] as PerformanceEntry).startTime;
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource').filter((entry) => entry.startTime < ms),
      ] as PerformanceResourceTiming[];
      return {
        ms,
        fetched: entries.map((entry) => ({
          url: entry.name,
          wire: entry.transferSize,
          body: entry.encodedBodySize,
        })),
      };
    }, CHART_MARK);
    if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
    return load;
  } finally {
    await context.close();
  }
}

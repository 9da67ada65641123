import { join } from 'node:path';
import { launchChromium } from './browser.js';
import { gzipSize } from './sizes.js';

/** The CDN files a page fetched until its widget was drawn, and their min+gzip bytes. */
export interface PageWeight {
  readonly files: string[];
  readonly bytes: number;
}

/**
 * Opens `pageUrl` (an empty page served beside the CDN files at `${base}/cdn/`) in headless
 * Chromium, adds `<tag>` with its CDN bundle, waits for `usmx-ready`, and sums the gzip size of
 * every file under dist/cdn it fetched: the widget's code and the data chunks it loaded.
 */
export async function pageWeights(
  pageUrl: string,
  cdnDir: string,
  tags: readonly string[],
): Promise<Map<string, PageWeight>> {
  const browser = await launchChromium();
  const weights = new Map<string, PageWeight>();
  try {
    for (const tag of tags) {
      const page = await browser.newPage();
      const files: string[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith('/cdn/')) files.push(path.slice('/cdn/'.length));
      });
      await page.goto(pageUrl);
      const outcome = await page.evaluate(async (tag) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = `/cdn/${tag}.js`;
        document.head.append(script);
        const element = document.createElement(tag);
        const settled = new Promise<string>((resolve) => {
          element.addEventListener('usmx-ready', () => resolve('ready'));
          element.addEventListener('usmx-error', () => resolve('error'));
        });
        document.body.append(element);
        return settled;
      }, tag);
      if (outcome !== 'ready') throw new Error(`<${tag}> did not draw on the page-weight page`);
      const bytes = files.reduce((sum, file) => sum + gzipSize(join(cdnDir, file)), 0);
      weights.set(tag, { files, bytes });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return weights;
}

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from './static-server.js';

const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const widgetTags = [
  'usmx-homicide-trend',
  'usmx-corridor-share',
  'usmx-splinter-count',
  'usmx-group-lineage',
  'usmx-claim',
];
const widgetSelector = widgetTags.join(', ');

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags: string[];
}

interface PageReport {
  problems: string[];
  events: Array<{ type: string; tag: string; summary: string; message: string }>;
}

if (!existsSync(`${staticDir}/index.json`)) {
  throw new Error('No storybook-static/ to test: run `pnpm --filter @usmx/docs build` first.');
}
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core violations in the docs page's content (widgets' shadow roots included), as "rule: target" lines. */
async function docsViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run('#storybook-docs', { resultTypes: ['violations'] });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
    );
  });
}

let server: StaticServer;
let browser: Browser;

/** Opens `path` and records console errors, uncaught exceptions, failed requests and usmx events. */
async function open(path: string): Promise<{ page: Page; report: PageReport }> {
  const page = await browser.newPage();
  // Generous: this runs beside other Chromium test suites on shared CI machines.
  page.setDefaultTimeout(90_000);
  const report: PageReport = { problems: [], events: [] };
  page.on('console', (message) => {
    // A plain static host has no /favicon.ico at its root: that is the host's business, not the site's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      report.problems.push(`console.error: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => report.problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => report.problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400)
      report.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.exposeFunction('__usmxEvent', (event: PageReport['events'][number]) =>
    report.events.push(event),
  );
  await page.addInitScript(() => {
    for (const type of ['usmx-ready', 'usmx-error']) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent).detail ?? {};
        const report = (window as unknown as { __usmxEvent: (e: unknown) => void }).__usmxEvent;
        report({
          type,
          tag: (event.target as Element).localName,
          summary: String(detail.summary ?? ''),
          message: String(detail.message ?? ''),
        });
      });
    }
  });
  await page.goto(new URL(path, server.url).href);
  return { page, report };
}

/** Waits until every widget on the page has fired usmx-ready or usmx-error. */
async function settle(page: Page, report: PageReport): Promise<number> {
  await page.locator(widgetSelector).first().waitFor({ state: 'attached', timeout: 60_000 });
  const count = await page.locator(widgetSelector).count();
  const deadline = Date.now() + 60_000;
  while (report.events.length < count && Date.now() < deadline) await page.waitForTimeout(50);
  return count;
}

/** Each widget on the page drew a chart whose accessible name is the summary it announced. */
async function expectCharts(page: Page, report: PageReport): Promise<void> {
  const count = await settle(page, report);
  expect(count).toBeGreaterThan(0);
  expect(report.events.filter((event) => event.type === 'usmx-error')).toEqual([]);
  expect(report.events).toHaveLength(count);
  for (const event of report.events) {
    expect(event.summary.length).toBeGreaterThan(0);
    const widgets = page.locator(event.tag);
    const role = await widgets.locator('[part~="chart"]').first().getAttribute('role');
    expect(role, `${event.tag} chart role`).toBeTruthy();
    // Role and accessible name as the browser's accessibility tree computes them, through the shadow root.
    await expect(
      widgets.getByRole(role as 'group', { name: event.summary, exact: true }).count(),
    ).resolves.toBeGreaterThan(0);
  }
}

beforeAll(async () => {
  // A sub-path, as on a project page of a static host: only relative URLs work there.
  server = await serveStatic(staticDir, '/usmx/docs/');
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('storybook-static served from a sub-path of a plain static server', () => {
  it('loads the Storybook shell without errors', async () => {
    const { page, report } = await open('index.html');
    await page.waitForLoadState('networkidle');
    await expect(page.title()).resolves.toMatch(/storybook/i);
    expect(report.problems).toEqual([]);
    await page.close();
  });

  it('has a story for every widget', () => {
    const titles = stories.map((story) => story.title.toLowerCase());
    for (const tag of widgetTags) {
      expect(
        titles.some((title) => title.endsWith(tag.replace('usmx-', '').replace('-', ' '))),
        tag,
      ).toBe(true);
    }
  });

  // Pages in parallel (vitest's maxConcurrency) on the one browser.
  it.concurrent.for(stories.map((story) => [story.id, story] as const))(
    'renders story %s with a named chart, or the error it shows',
    async ([, story]) => {
      const { page, report } = await open(`iframe.html?id=${story.id}&viewMode=story`);
      const count = await settle(page, report);
      expect(count).toBeGreaterThan(0);
      if (story.tags.includes('error-state')) {
        expect(report.events.map((event) => event.type)).toEqual(['usmx-error']);
        await expect(
          page.locator(widgetSelector).first().getByRole('alert').textContent(),
        ).resolves.toMatch(/\S/);
      } else {
        await expectCharts(page, report);
      }
      expect(report.problems).toEqual([]);
      await page.close();
    },
  );

  it.concurrent.for(docsPages.map((entry) => [entry.id, entry] as const))(
    'renders docs page %s, its figures computed in the browser, without errors or axe violations',
    async ([, entry]) => {
      const { page, report } = await open(`iframe.html?id=${entry.id}&viewMode=docs`);
      const heading = page.locator('#storybook-docs h1').first();
      await heading.waitFor({ timeout: 60_000 });
      await expect(heading.textContent()).resolves.toMatch(/\S/);
      await page.waitForLoadState('networkidle');
      if ((await page.locator(widgetSelector).count()) > 0) await settle(page, report);
      expect(report.problems).toEqual([]);
      expect(await docsViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('downloads a table of the data catalogue as CSV', async () => {
    const { page, report } = await open('iframe.html?id=data-regions--docs&viewMode=docs');
    const button = page.getByRole('button', { name: /usmx-regions\.csv/ });
    await button.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('usmx-regions.csv');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    // UTF-8 with a byte-order mark, which Excel needs to show accents (Michoacán) right
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\n');
    expect(lines[0]).toBe('code,inegiCode,name,nameEs,level');
    // Mexico and its 32 states.
    expect(lines).toHaveLength(1 + 1 + 32);
    expect(lines).toContain('MX-CHH,08,Chihuahua,Chihuahua,state');
    expect(report.problems).toEqual([]);
    await page.close();
  });

  it('serves the plain HTML embed example, whose CDN bundle draws every widget under a strict CSP', async () => {
    const { page, report } = await open('embed-example.html');
    await expectCharts(page, report);
    const tagsOnPage = await page
      .locator(widgetSelector)
      .evaluateAll((elements) => elements.map((element) => element.localName));
    expect(new Set(tagsOnPage)).toEqual(new Set(widgetTags));
    expect(report.problems).toEqual([]);
    await page.close();
  });
});

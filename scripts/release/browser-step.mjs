// Step 5: the installed @usmx/widgets CDN files, served like a CDN serves the published tarball, on
// a plain HTML page in headless Chromium: every widget must render a chart with an accessible name.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { chromiumLaunchOptions } from '../chromium.mjs';
import { customElementTags } from './custom-elements.mjs';
import { StepError } from './step-error.mjs';
import { startStaticServer } from './static-server.mjs';

const RENDER_TIMEOUT_MS = 20_000;
/** What a site with a strict policy sends; the bundles must work under it. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:";

/** A plain page as a journalist would write it: one module script tag and the widget tags. */
export function widgetPage({ title, scriptUrl, tags }) {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    `<script type="module" src="${scriptUrl}"></script>`,
    '</head>',
    '<body>',
    ...tags.map((tag) => `<${tag}></${tag}>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Records usmx-ready and usmx-error events before any widget script runs. */
function recordWidgetEvents() {
  window.__usmxEvents = [];
  for (const type of ['usmx-ready', 'usmx-error']) {
    window.addEventListener(
      type,
      (event) => {
        let detail;
        try {
          detail = JSON.stringify(event.detail);
        } catch {
          detail = String(event.detail);
        }
        window.__usmxEvents.push({ type, tag: event.target?.localName, detail });
      },
      true,
    );
  }
}

/** Runs in the page: for each tag, its state and the first chart element with an accessible name. */
function describeWidgets(tags) {
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const accessibleName = (element, root) => {
    const label = element.getAttribute('aria-label');
    if (label && label.trim()) return label.trim();
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const name = labelledBy
        .split(/\s+/)
        .map((id) =>
          text(
            root.getElementById
              ? root.getElementById(id)
              : root.querySelector(`#${CSS.escape(id)}`),
          ),
        )
        .join(' ')
        .trim();
      if (name) return name;
    }
    if (element.localName === 'svg') return text(element.querySelector(':scope > title'));
    if (element.localName === 'figure') return text(element.querySelector(':scope > figcaption'));
    return '';
  };
  // A chart is an svg or canvas, or an element with a chart role that holds one: role img or
  // figure, or group (the container of a chart whose points are reachable by keyboard).
  const chartRoles = ['img', 'figure', 'group', 'graphics-document'];
  const chartCandidates = (root) => {
    const found = [];
    for (const element of root.querySelectorAll('*')) {
      const role = element.getAttribute('role');
      const graphic = ['svg', 'canvas'].includes(element.localName);
      const holdsGraphic =
        (chartRoles.includes(role) || element.localName === 'figure') &&
        element.querySelector('svg, canvas') !== null;
      if ((graphic || holdsGraphic) && element.getAttribute('aria-hidden') !== 'true') {
        found.push({ element, root });
      }
      if (element.shadowRoot) found.push(...chartCandidates(element.shadowRoot));
    }
    return found;
  };
  return tags.map((tag) => {
    const host = document.querySelector(tag);
    const shadow = host?.shadowRoot ?? null;
    const charts = shadow
      ? chartCandidates(shadow)
          .map(({ element, root }) => ({
            element: element.localName,
            role: element.getAttribute('role'),
            name: accessibleName(element, root),
          }))
          .filter(({ name }) => name !== '')
      : [];
    const events = window.__usmxEvents.filter((event) => event.tag === tag);
    return {
      tag,
      defined: customElements.get(tag) !== undefined,
      hasShadowRoot: shadow !== null,
      chart: charts[0] ?? null,
      ready: events.some((event) => event.type === 'usmx-ready'),
      errors: events.filter((event) => event.type === 'usmx-error').map((event) => event.detail),
    };
  });
}

async function checkPage(context, { pageUrl, tags, label }) {
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) =>
    consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      consoleErrors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Injected by the browser's debugging protocol, so the page's strict CSP does not apply to it.
  await page.addInitScript({
    content: `(${recordWidgetEvents})(); window.__usmxDescribe = ${describeWidgets};`,
  });
  try {
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page
      .waitForFunction(
        (wanted) =>
          window
            .__usmxDescribe(wanted)
            .every((widget) => widget.errors.length > 0 || (widget.ready && widget.chart)),
        tags,
        { timeout: RENDER_TIMEOUT_MS, polling: 100 },
      )
      .catch(() => {});
    const widgets = await page.evaluate(describeWidgets, tags);
    const problems = [];
    for (const widget of widgets) {
      const why = [];
      if (!widget.defined) why.push('the element is not defined');
      else if (!widget.hasShadowRoot) why.push('it has no shadow root');
      if (widget.errors.length > 0) why.push(`it fired usmx-error: ${widget.errors.join('; ')}`);
      if (!widget.chart)
        why.push(
          'no chart with an accessible name in its shadow root (an svg, or an element with role img, figure or group holding one)',
        );
      if (!widget.ready && widget.errors.length === 0)
        why.push(`no usmx-ready within ${RENDER_TIMEOUT_MS / 1000} s`);
      if (why.length > 0) problems.push(`${label}: <${widget.tag}>: ${why.join('; ')}`);
    }
    for (const error of consoleErrors) problems.push(`${label}: ${error}`);
    return { widgets, problems };
  } finally {
    await page.close();
  }
}

/**
 * Serves the consumer's node_modules like a CDN (`/@usmx/widgets/dist/cdn/usmx.js`), opens one page
 * with the autoloader (`unpkg`, which imports the code of each tag it finds) and every tag, and one
 * page per self-contained widget file with its own tag.
 */
export async function browserStep({ consumerDir, log }) {
  const modules = join(consumerDir, 'node_modules');
  const widgetsDir = join(modules, '@usmx', 'widgets');
  const manifest = JSON.parse(await readFile(join(widgetsDir, 'package.json'), 'utf8'));
  const elementsPath = join(widgetsDir, manifest.customElements ?? 'custom-elements.json');
  if (!existsSync(elementsPath))
    throw new StepError(
      `@usmx/widgets: the installed package has no ${manifest.customElements ?? 'custom-elements.json'}`,
    );
  const tags = customElementTags(JSON.parse(await readFile(elementsPath, 'utf8')));
  if (tags.length === 0)
    throw new StepError('@usmx/widgets: custom-elements.json declares no custom element');

  const autoloader = (manifest.unpkg ?? 'dist/cdn/usmx.js').replace(/^\.\//, '');
  const base = `/@usmx/widgets@${manifest.version}`;
  const pages = {
    '/index.html': widgetPage({
      title: 'usmx: every widget',
      scriptUrl: `${base}/${autoloader}`,
      tags,
    }),
  };
  const pageList = [{ path: '/index.html', tags, label: autoloader }];
  const missingBundles = [];
  for (const tag of tags) {
    const bundle = `${autoloader.slice(0, autoloader.lastIndexOf('/') + 1)}${tag}.js`;
    if (!existsSync(join(widgetsDir, bundle))) {
      missingBundles.push(bundle);
      continue;
    }
    pages[`/${tag}.html`] = widgetPage({
      title: `usmx: ${tag}`,
      scriptUrl: `${base}/${bundle}`,
      tags: [tag],
    });
    pageList.push({ path: `/${tag}.html`, tags: [tag], label: bundle });
  }
  if (missingBundles.length > 0)
    throw new StepError(
      `@usmx/widgets: missing per-widget CDN bundles: ${missingBundles.join(', ')}`,
    );

  // Served as https://cdn.example/@usmx/widgets@VERSION/… would be; nothing else from node_modules.
  const server = await startStaticServer({
    root: widgetsDir,
    mount: base,
    pages,
    pageHeaders: { 'content-security-policy': STRICT_CSP },
  });
  const { chromium } = await import('playwright');
  const problems = [];
  let browser;
  try {
    browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
    // One browser profile for every page, as one reader visiting several embeds (pages open faster).
    const context = await browser.newContext();
    for (const { path, tags: pageTags, label } of pageList) {
      const pageStart = Date.now();
      const result = await checkPage(context, {
        pageUrl: `${server.url}${path}`,
        tags: pageTags,
        label,
      });
      problems.push(...result.problems);
      const took = `${((Date.now() - pageStart) / 1000).toFixed(1)} s`;
      for (const widget of result.widgets) {
        const mark = result.problems.some((problem) => problem.includes(`<${widget.tag}>`))
          ? '✗'
          : '✓';
        log(
          `${mark} ${label}: <${widget.tag}> ${widget.chart ? `${widget.chart.role ?? widget.chart.element} "${widget.chart.name.slice(0, 90)}"` : 'no accessible chart'} (page ${took})`,
        );
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  if (problems.length > 0)
    throw new StepError(`${problems.length} widget problem(s):\n  ${problems.join('\n  ')}`);
}

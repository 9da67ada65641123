import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';

/** A strict policy: only same-origin scripts and styles, no inline code, no eval. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";

interface Probe {
  violations: string[];
  errors: string[];
  ready: string[];
  failed: string[];
}

/**
 * Opens a page (an iframe) that loads `scripts` as modules and holds `body`, and waits for it to
 * load and for `widgets` ready events. The page has a strict Content-Security-Policy, unless it
 * runs an `inline` module script.
 */
async function openPage(
  scripts: string[],
  body: string,
  widgets: number,
  inline?: string,
): Promise<{ probe: Probe; doc: Document; win: Window }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
${inline === undefined ? `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">` : ''}
<script src="/test/fixtures/page-probe.js"></script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>${body}${inline === undefined ? '' : `<script type="module">${inline}</script>`}</body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { probe?: Probe }) | null;
  await expect
    .poll(
      () => {
        const probe = win()?.probe;
        return probe && frame.contentDocument?.readyState === 'complete'
          ? probe.ready.length + probe.failed.length + probe.errors.length
          : -1;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(widgets);
  const w = win() as Window & { probe: Probe };
  return { probe: w.probe, doc: frame.contentDocument as Document, win: w };
}

afterEach(() => document.body.replaceChildren());

/**
 * Runs `body` with every request of the test's pages answered `latency` ms late, as over a real
 * network, so that whether a file was asked for before another had arrived does not hang on a
 * local server answering within a millisecond.
 */
async function withLatency<T>(latency: number, body: () => Promise<T>): Promise<T> {
  const session = cdp();
  const emulate = (ms: number) =>
    session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: ms,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  await session.send('Network.enable');
  await emulate(latency);
  try {
    return await body();
  } finally {
    await emulate(0);
  }
}

it('draws on a page with a strict Content-Security-Policy, without violations', async () => {
  const { probe, doc } = await openPage(
    ['/cdn/usmx.js'],
    '<usmx-homicide-trend series="sesnsp-1997-incidents-hd" as-of="2017-04"></usmx-homicide-trend><usmx-homicide-trend lang="es"></usmx-homicide-trend><usmx-corridor-share></usmx-corridor-share><usmx-splinter-count></usmx-splinter-count><usmx-group-lineage></usmx-group-lineage><usmx-claim claim="corridor-balloon-2016"></usmx-claim>',
    6,
  );
  expect(probe.errors).toEqual([]);
  expect(probe.failed).toEqual([]);
  expect(probe.violations).toEqual([]);
  expect(probe.ready.sort()).toEqual([
    'usmx-claim',
    'usmx-corridor-share',
    'usmx-group-lineage',
    'usmx-homicide-trend',
    'usmx-homicide-trend',
    'usmx-splinter-count',
  ]);
  const [first, second] = [...doc.querySelectorAll('usmx-homicide-trend')];
  expect(first?.shadowRoot?.querySelector('.record-label')?.textContent).toBe(
    'Highest since 1997: 22,409 (2011)',
  );
  expect(second?.shadowRoot?.querySelector('[part=title]')?.textContent).toMatch(/^México: /);

  // a tooltip is placed (left/top set) without an inline style the policy would block
  const chart = first?.shadowRoot?.querySelector('[part=chart]');
  chart?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  await expect
    .poll(() => first?.shadowRoot?.querySelector<HTMLElement>('.tooltip')?.style.top ?? '')
    .toMatch(/^\d+px$/);
  expect(probe.violations).toEqual([]);
});

it('keeps the spaces of the text in its minified templates', async () => {
  const { probe, doc } = await openPage(
    ['/cdn/usmx.js'],
    '<usmx-homicide-trend region="Chihuahua"></usmx-homicide-trend><usmx-corridor-share></usmx-corridor-share>',
    2,
  );
  expect(probe.failed).toEqual(['usmx-homicide-trend: Invalid attribute']);
  const words = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const bad = doc.querySelector('usmx-homicide-trend');
  // "<code>region</code> (value …)": the space before the parenthesis is its own template's first character
  expect(words(bad?.shadowRoot?.querySelector('[role=alert] li'))).toMatch(
    /^region \(value "Chihuahua"\): \S/,
  );
  const footer = doc
    .querySelector('usmx-corridor-share')
    ?.shadowRoot?.querySelector('[part=footer]');
  // more than three sources fold behind their count
  expect(words(footer)).toMatch(/^Sources \(\d+\) \S.*\. Cite this: \S/);
});

it('would notice a violation (control: an inline script on the same page)', async () => {
  const { probe } = await openPage(
    ['/cdn/usmx.js'],
    '<script>window.inline = 1</script><usmx-homicide-trend></usmx-homicide-trend>',
    1,
  );
  await expect.poll(() => probe.violations.length).toBeGreaterThan(0);
  expect(probe.violations[0]).toMatch(/^script-src/);
});

it('survives two copies of the bundle on one page', async () => {
  const { probe, win } = await openPage(
    ['/cdn/usmx.js', '/cdn/usmx-homicide-trend.js', '/cdn/usmx.js?copy=2'],
    '<usmx-homicide-trend></usmx-homicide-trend>',
    1,
  );
  expect(probe.errors).toEqual([]);
  expect(probe.ready).toEqual(['usmx-homicide-trend']);
  expect(win.customElements.get('usmx-homicide-trend')).toBeDefined();
});

it('ships no eval, no Function constructor and no bare imports', async () => {
  const files = [
    '/cdn/usmx.js',
    ...WIDGETS.map((tag) => `/cdn/${tag}.js`),
    ...WIDGETS.map((tag) => `/cdn/auto/${tag}.js`),
  ];
  for (const file of files) {
    const code = await (await fetch(`${file}?raw`)).text();
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    const dynamics = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)];
    const specifiers = [...staticImports(code), ...dynamics.map((m) => m[1])];
    // the data chunks; usmx.js imports the files of the tags it finds, by the addresses it computes
    if (file !== '/cdn/usmx.js') expect(dynamics.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => !/^\.\.?\//.test(s ?? ''))).toEqual([]);
  }
});

const WIDGETS = [
  'usmx-claim',
  'usmx-corridor-share',
  'usmx-group-lineage',
  'usmx-homicide-trend',
  'usmx-splinter-count',
];

/** The specifiers of a module's static imports and re-exports. */
function staticImports(code: string): string[] {
  return [
    ...code.matchAll(/(?:^|;)\s*(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'`]([^"'`]+)["'`]/g),
  ].map((match) => match[1] as string);
}

/**
 * The paths of `entry` and of the files it imports statically, transitively, as served; with
 * `lazy`, also those it may import with `import()` (every file its code can ever load).
 */
async function importGraph(
  entry: string,
  lazy = false,
  seen = new Set<string>(),
): Promise<Set<string>> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = await (await fetch(`${entry}?raw`)).text();
  const dynamics = lazy
    ? [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] as string)
    : [];
  for (const specifier of [...staticImports(code), ...dynamics])
    await importGraph(new URL(specifier, new URL(entry, location.origin)).pathname, lazy, seen);
  return seen;
}

/** What a page fetched from dist/cdn, in order, by path (a file fetched twice is listed twice). */
function fetched(win: Window): PerformanceResourceTiming[] {
  return (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => new URL(entry.name).pathname.startsWith('/cdn/'),
  );
}
const pathOf = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname;

describe('usmx.js, the autoloader', () => {
  it("fetches the code of the tags on the page only, every file of a tag's graph at once", async () => {
    const { probe, win } = await withLatency(100, () =>
      openPage(['/cdn/usmx.js'], '<usmx-homicide-trend></usmx-homicide-trend>', 1),
    );
    expect(probe.errors).toEqual([]);
    expect(probe.ready).toEqual(['usmx-homicide-trend']);
    const files = fetched(win);
    const paths = files.map(pathOf);
    expect(paths.filter((path) => !path.startsWith('/cdn/chunks/'))).toEqual([
      '/cdn/usmx.js',
      '/cdn/auto/usmx-homicide-trend.js',
    ]);

    // every file fetched is one the widget's own code can load: none holds only other widgets' code
    const own = await importGraph('/cdn/auto/usmx-homicide-trend.js', true);
    expect(paths.filter((path) => path !== '/cdn/usmx.js' && !own.has(path))).toEqual([]);
    const graph = await importGraph('/cdn/auto/usmx-homicide-trend.js');

    // No waterfall: every file the entry imports began to download before the entry had arrived.
    const entry = files.find((file) => pathOf(file) === '/cdn/auto/usmx-homicide-trend.js');
    const imports = files.filter((file) => graph.has(pathOf(file)) && file !== entry);
    expect(imports.map(pathOf).sort()).toEqual(
      [...graph].filter((path) => path !== pathOf(entry!)).sort(),
    );
    for (const file of imports) expect(file.startTime).toBeLessThan(entry!.responseEnd);
  });

  it('fetches what two widgets share once, and Lit is loaded once', async () => {
    const { probe, win } = await openPage(
      ['/cdn/usmx.js'],
      '<usmx-homicide-trend></usmx-homicide-trend><usmx-claim></usmx-claim>',
      2,
    );
    expect(probe.errors).toEqual([]);
    expect(probe.ready.sort()).toEqual(['usmx-claim', 'usmx-homicide-trend']);
    const paths = fetched(win).map(pathOf);
    const shared = [...(await importGraph('/cdn/auto/usmx-claim.js'))].filter((path) =>
      path.startsWith('/cdn/chunks/'),
    );
    expect(shared.length).toBeGreaterThan(0);
    for (const path of shared) expect(paths.filter((p) => p === path)).toEqual([path]);
    expect(paths.filter((path, i) => paths.indexOf(path) !== i)).toEqual([]);
    const versions = win as Window & { litHtmlVersions?: string[] };
    expect(versions.litHtmlVersions).toHaveLength(1);
  });

  it('loads a tag added after the page loaded, by appendChild or by innerHTML', async () => {
    const { probe, doc, win } = await openPage(['/cdn/usmx.js'], '<div id="later"></div>', 0);
    const appended = doc.createElement('usmx-corridor-share');
    doc.body.append(appended);
    const container = doc.getElementById('later') as HTMLElement;
    // eslint-disable-next-line no-restricted-properties -- the host page's markup, as a CMS writes it
    container.innerHTML = '<p><usmx-splinter-count></usmx-splinter-count></p>';
    await expect.poll(() => probe.ready.length, { timeout: 15_000 }).toBe(2);
    expect(probe.ready.sort()).toEqual(['usmx-corridor-share', 'usmx-splinter-count']);
    expect(probe.errors).toEqual([]);
    expect(appended).toBeInstanceOf(win.customElements.get('usmx-corridor-share')!);
    expect(
      fetched(win)
        .map(pathOf)
        .filter((path) => path.startsWith('/cdn/auto/')),
    ).toEqual(['/cdn/auto/usmx-corridor-share.js', '/cdn/auto/usmx-splinter-count.js']);
  });

  it('ignores a usmx- tag it does not know', async () => {
    const { probe, doc, win } = await openPage(
      ['/cdn/usmx.js'],
      '<usmx-foo></usmx-foo><usmx-claim></usmx-claim>',
      1,
    );
    doc.body.append(doc.createElement('usmx-foo'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(probe.errors).toEqual([]);
    expect(probe.ready).toEqual(['usmx-claim']);
    expect(win.customElements.get('usmx-foo')).toBeUndefined();
    expect(
      fetched(win)
        .map(pathOf)
        .filter((path) => path.startsWith('/cdn/auto/')),
    ).toEqual(['/cdn/auto/usmx-claim.js']);
  });

  it('loads the tags of a shadow root the page gives to discover(), and those added to it later', async () => {
    // A page that owns a shadow root puts <usmx-claim> in it and hands it to the autoloader.
    const { probe, doc } = await openPage(
      [],
      '<div id="shadow-host"></div>',
      1,
      `import { discover } from '/cdn/usmx.js';
const root = document.getElementById('shadow-host').attachShadow({ mode: 'open' });
root.innerHTML = '<usmx-claim></usmx-claim>';
await discover(root);`,
    );
    expect(probe.errors).toEqual([]);
    expect(probe.ready).toEqual(['usmx-claim']);
    const root = doc.getElementById('shadow-host')?.shadowRoot as ShadowRoot;
    root.append(doc.createElement('usmx-group-lineage'));
    await expect.poll(() => probe.ready.length, { timeout: 15_000 }).toBe(2);
    expect(probe.ready).toEqual(['usmx-claim', 'usmx-group-lineage']);
    expect(root.querySelector('usmx-group-lineage')?.shadowRoot).not.toBeNull();
  });
});

it('draws the zero-configuration homicide chart from its series alone, fetched at once, with no schema code', async () => {
  const { probe, win } = await withLatency(100, () =>
    openPage(['/cdn/usmx-homicide-trend.js'], '<usmx-homicide-trend></usmx-homicide-trend>', 1),
  );
  expect(probe.ready).toEqual(['usmx-homicide-trend']);
  const lazy = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => new URL(entry.name).pathname.startsWith('/cdn/chunks/'),
  );
  const paths = lazy.map((entry) => new URL(entry.name).pathname);
  // the series' national rows and its description, not the catalogue of every series and source
  expect(paths.filter((path) => path.includes('/chunks/data/')).sort()).toEqual([
    expect.stringMatching(/\/sesnsp-2015-victims-hd\.national-[\w-]+\.js$/),
    expect.stringMatching(/\/sesnsp-2015-victims-hd\.series-[\w-]+\.js$/),
  ]);
  // no request waits for another: every chunk is asked for before the first one has arrived
  const firstEnd = Math.min(...lazy.map((entry) => entry.responseEnd));
  for (const entry of lazy) expect(entry.startTime, entry.name).toBeLessThan(firstEnd);
  // the embedded rows are not checked by zod on the reader's device
  for (const path of paths) expect(await (await fetch(path)).text()).not.toContain('$ZodType');
});

it.each([
  ['usmx-corridor-share', ['corridor']],
  ['usmx-splinter-count', ['groups']],
  ['usmx-group-lineage', ['groups']],
])(
  'draws the zero-configuration <%s> from the embedded dataset with no schema code',
  async (tag, tables) => {
    const { probe, win } = await openPage([`/cdn/${tag}.js`], `<${tag}></${tag}>`, 1);
    expect(probe.failed).toEqual([]);
    expect(probe.ready).toEqual([tag]);
    const paths = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/cdn/'));
    // the widget's tables, and no schema chunk beside them
    const data = paths.filter((path) => path.includes('/chunks/data/'));
    expect(data.map((path) => path.replace(/^.*\/|-[\w-]+\.js$/g, '')).sort()).toEqual(tables);
    expect(paths.filter((path) => /\/schemas-[\w-]+\.js$/.test(path))).toEqual([]);
    // the embedded rows are not checked by zod on the reader's device
    for (const path of paths)
      expect(await (await fetch(path)).text(), path).not.toContain('$ZodType');
  },
);

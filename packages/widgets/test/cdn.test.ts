import { afterEach, expect, it } from 'vitest';

/** A strict policy: only same-origin scripts and styles, no inline code, no eval. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";

interface Probe {
  violations: string[];
  errors: string[];
  ready: string[];
  failed: string[];
}

/** Opens a page (an iframe) that loads `scripts` as modules and holds `body`, and waits for `widgets` ready events. */
async function openPage(
  scripts: string[],
  body: string,
  widgets: number,
): Promise<{ probe: Probe; doc: Document; win: Window }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
<script src="/test/fixtures/page-probe.js"></script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>${body}</body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { probe?: Probe }) | null;
  await expect
    .poll(
      () => {
        const probe = win()?.probe;
        return probe ? probe.ready.length + probe.failed.length + probe.errors.length : 0;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(widgets);
  const w = win() as Window & { probe: Probe };
  return { probe: w.probe, doc: frame.contentDocument as Document, win: w };
}

afterEach(() => document.body.replaceChildren());

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
    '/cdn/usmx-homicide-trend.js',
    '/cdn/usmx-corridor-share.js',
    '/cdn/usmx-group-lineage.js',
    '/cdn/usmx-splinter-count.js',
    '/cdn/usmx-claim.js',
  ];
  for (const file of files) {
    const code = await (await fetch(`${file}?raw`)).text();
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    const statics = [
      ...code.matchAll(/(?:^|;)\s*(?:import|export)\s*[\w$*{},\s]*?from\s*["'`]([^"'`]+)["'`]/g),
    ];
    const dynamics = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)];
    const specifiers = [...statics, ...dynamics].map((m) => m[1]);
    expect(dynamics.length).toBeGreaterThan(0); // the data chunks
    expect(specifiers.filter((s) => !s?.startsWith('./'))).toEqual([]);
  }
});

it('draws the zero-configuration homicide chart from its series alone, fetched at once, with no schema code', async () => {
  const { probe, win } = await openPage(
    ['/cdn/usmx-homicide-trend.js'],
    '<usmx-homicide-trend></usmx-homicide-trend>',
    1,
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

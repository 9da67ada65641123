import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { latestVintage, loadHomicideObservations } from '@usmx/data/homicides';
import { DEFAULT_HOMICIDE_SERIES } from '../src/components/homicide-trend/homicide-trend.component.js';
import { bundleModules } from './bundle.js';
import { CHART_MARK } from './time-to-chart.js';

/** The label of the floor page: `usmx-homicide-trend.js` fetched and run, no widget on the page. */
export const FLOOR = 'floor: usmx-homicide-trend.js run, nothing drawn';

/** The pages the time-to-chart benchmark loads: label -> path on the benchmark server. */
export type ChartPages = Record<string, string>;

const head = (title: string, extra: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${extra}</head>`;

/**
 * Writes the time-to-chart pages into `work` (served at `/bench/`), for a reader opening a news
 * page with one chart: for each widget in `tags`, the page a journalist makes by pasting its
 * script tag and the tag with no attributes (the widget's own CDN file, and `usmx.js`); and the
 * zero-configuration homicide chart's annual bars drawn by Observable Plot and by Chart.js, from
 * the same monthly rows as a JSON file the page preloads in parallel with its code (the peers'
 * best case). Each page sets the mark `CHART_MARK` after the frame that painted its chart.
 */
export async function writeChartPages(
  work: string,
  root: string,
  tags: readonly string[],
): Promise<ChartPages> {
  const dir = join(work, 'ttc');
  mkdirSync(dir, { recursive: true });
  const rows = latestVintage(
    await loadHomicideObservations(DEFAULT_HOMICIDE_SERIES, 'national'),
  ).map(({ year, month, count }) => ({ year, month, count }));
  writeFileSync(join(dir, 'homicides.json'), JSON.stringify(rows));
  await bundleModules(
    {
      'plot-page': join(root, 'bench/pages/plot-page.js'),
      'chartjs-page': join(root, 'bench/pages/chartjs-page.js'),
    },
    dir,
    root,
  );

  const pages: ChartPages = {};
  const widgetPage = (file: string, script: string, tag: string) => {
    writeFileSync(
      join(dir, file),
      head(
        'Homicides in Mexico',
        `<script>addEventListener('usmx-ready',()=>requestAnimationFrame(()=>setTimeout(()=>performance.mark('${CHART_MARK}'))),{once:true});` +
          `addEventListener('usmx-error',(e)=>{window.chartError=e.detail.message});</script>` +
          `<script type="module" src="/cdn/${script}"></script>`,
      ) + `<body><main><h1>Homicides in Mexico</h1><${tag}></${tag}></main></body></html>`,
    );
    return `/bench/ttc/${file}`;
  };
  for (const tag of tags) pages[`<${tag}>`] = widgetPage(`${tag}.html`, `${tag}.js`, tag);
  // the floor of any page that loads the widget's file: the file fetched and run, nothing drawn
  writeFileSync(
    join(dir, 'usmx-floor.html'),
    head(
      'Homicides in Mexico',
      `<script type="module" src="/cdn/usmx-homicide-trend.js"></script>` +
        `<script type="module">requestAnimationFrame(()=>setTimeout(()=>performance.mark('${CHART_MARK}')))</script>`,
    ) + `<body><main><h1>Homicides in Mexico</h1></main></body></html>`,
  );
  pages[FLOOR] = '/bench/ttc/usmx-floor.html';
  pages['<usmx-homicide-trend> from usmx.js'] = widgetPage(
    'usmx-all.html',
    'usmx.js',
    'usmx-homicide-trend',
  );
  for (const [label, bundle] of [
    ['Observable Plot', 'plot-page'],
    ['Chart.js', 'chartjs-page'],
  ] as const) {
    writeFileSync(
      join(dir, `${bundle}.html`),
      head(
        'Homicides in Mexico',
        `<link rel="preload" href="/bench/ttc/homicides.json" as="fetch" crossorigin>` +
          `<script type="module" src="/bench/ttc/${bundle}.js"></script>`,
      ) + `<body><main><h1>Homicides in Mexico</h1><div id="chart"></div></main></body></html>`,
    );
    pages[label] = `/bench/ttc/${bundle}.html`;
  }
  return pages;
}

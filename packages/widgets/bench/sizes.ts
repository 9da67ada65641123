import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleModules } from './bundle.js';

/** What one widget's CDN file may weigh, min+gzip, with all it loads before the first render. */
export const WIDGET_BUDGET = 20 * 1024;

/** What `usmx.js`, the autoloader alone, may weigh. */
export const AUTOLOADER_BUDGET = 3 * 1024;

/** What a page with one widget through `usmx.js` may load before the first render. */
export const AUTOLOADED_WIDGET_BUDGET = WIDGET_BUDGET + AUTOLOADER_BUDGET;

/** gzip (level 9) size of a file's bytes. */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The files a browser loads before running `entry`: the entry and its static imports, transitively. */
export function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /(?:^|;)\s*(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'`](\.[^"'`]+)["'`]/g,
    )) {
      visit(join(dirname(file), match[1] as string));
    }
  };
  visit(entry);
  return [...seen];
}

/** Minified + gzipped bytes of `entry` and its static imports (what loads before the first render). */
export function firstLoadBytes(entry: string): number {
  return staticGraph(entry).reduce((sum, file) => sum + gzipSize(file), 0);
}

/**
 * What a page that loads `usmx.js` (in `cdnDir`) and shows `tags` loads before the first render:
 * the autoloader, and the entry of each tag in `auto/` with its static imports, each file once.
 */
export function autoloadedFiles(cdnDir: string, tags: readonly string[]): string[] {
  const entries = tags.map((tag) => staticGraph(join(cdnDir, 'auto', `${tag}.js`)));
  return [...new Set([join(cdnDir, 'usmx.js'), ...entries.flat()])];
}

/** The comparison bundles: a tree-shaken Chart.js line chart and Observable Plot, each drawing one line. */
export const COMPARATORS = {
  chartjs: `import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);
export function draw(canvas, labels, values) {
  return new Chart(canvas, { type: 'line', data: { labels, datasets: [{ label: 'Homicides', data: values }] }, options: { animation: false, responsive: false } });
}`,
  plot: `import { lineY, plot } from '@observablehq/plot';
export function draw(rows) {
  return plot({ width: 640, height: 320, y: { grid: true, label: 'Homicides' }, marks: [lineY(rows, { x: 'date', y: 'count', tip: true })] });
}`,
} as const;

/** Bundles each comparator with the same bundler and minifier as the widgets (Vite 8) into `outDir`. */
export async function buildComparators(
  outDir: string,
  root: string,
): Promise<Record<keyof typeof COMPARATORS, string>> {
  const entries: Record<string, string> = {};
  for (const [name, source] of Object.entries(COMPARATORS)) {
    entries[name] = join(outDir, `${name}-entry.js`);
    writeFileSync(entries[name], source);
  }
  return (await bundleModules(entries, outDir, root)) as Record<keyof typeof COMPARATORS, string>;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTOLOADED_WIDGET_BUDGET,
  AUTOLOADER_BUDGET,
  autoloadedFiles,
  firstLoadBytes,
  gzipSize,
  staticGraph,
  WIDGET_BUDGET,
} from '../bench/sizes.js';

const cdn = join(import.meta.dirname, '../dist/cdn');
const files = readdirSync(cdn).filter((name) => name.endsWith('.js'));
const widgetFiles = files.filter((name) => name !== 'usmx.js');

/** The files `usmx.js` imports for each tag, relative to dist/cdn, as its build wrote them. */
function autoloaderFiles(): Record<string, string[]> {
  const code = readFileSync(join(cdn, 'usmx.js'), 'utf8');
  return Object.fromEntries(
    [...code.matchAll(/"(usmx-[a-z-]+)":\[([^\]]*)\]/g)].map(([, tag, list]) => [
      tag,
      [...(list as string).matchAll(/["'`]([^"'`]+)["'`]/g)].map((match) => match[1]),
    ]),
  );
}

describe('the CDN files', () => {
  it('are every widget and usmx.js, and the widgets again in auto/ for the autoloader', () => {
    expect(files.sort()).toEqual([
      'usmx-claim.js',
      'usmx-corridor-share.js',
      'usmx-group-lineage.js',
      'usmx-homicide-trend.js',
      'usmx-splinter-count.js',
      'usmx.js',
    ]);
    expect(readdirSync(join(cdn, 'auto')).sort()).toEqual(widgetFiles.sort());
  });

  // A chunk the page loads before the first render costs a request and its own gzip overhead: a
  // module shared by the entry and a lazy chunk is split out by the bundler, which this catches.
  for (const name of widgetFiles) {
    it(`${name} loads as one file, within its budget`, () => {
      const path = join(cdn, name);
      expect(staticGraph(path)).toEqual([path]);
      expect(firstLoadBytes(path)).toBeLessThanOrEqual(WIDGET_BUDGET);
    });
  }

  it('usmx.js, the autoloader, loads as one file, within its budget', () => {
    const path = join(cdn, 'usmx.js');
    expect(staticGraph(path)).toEqual([path]);
    expect(firstLoadBytes(path)).toBeLessThanOrEqual(AUTOLOADER_BUDGET);
  });

  // Every file a tag's entry imports statically is in the autoloader's list, so it fetches them all
  // at once instead of finding each import only once its importer has arrived.
  it("usmx.js imports, for each tag, its entry in auto/ and that entry's static imports, no other widget's entry", () => {
    const listed = autoloaderFiles();
    expect(Object.keys(listed).sort()).toEqual(widgetFiles.map((name) => name.slice(0, -3)).sort());
    for (const [tag, tagFiles] of Object.entries(listed)) {
      const entry = join(cdn, 'auto', `${tag}.js`);
      expect(tagFiles.map((file) => join(cdn, file))).toEqual(staticGraph(entry));
      expect(tagFiles.filter((file) => file.startsWith('auto/'))).toEqual([`auto/${tag}.js`]);
      // nor what another widget loads only lazily (a bundler puts a module in one chunk with all
      // that any widget uses of it: see scripts/lazy-packages-apart.ts)
      const bytes = autoloadedFiles(cdn, [tag]).reduce((sum, file) => sum + gzipSize(file), 0);
      expect(bytes, tag).toBeLessThanOrEqual(AUTOLOADED_WIDGET_BUDGET);
    }
  });
});

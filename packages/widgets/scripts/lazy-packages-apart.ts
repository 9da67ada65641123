import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** Marks the second instance of a module: the one code loaded with `import()` uses. */
const LAZY = '?usmx-lazy';

/** The file of a module id, without the mark of a second instance. */
export function moduleFile(id: string): string {
  return id.endsWith(LAZY) ? id.slice(0, -LAZY.length) : id;
}

/** A module of `@usmx/data` or `@usmx/indicators` as built: data and pure functions, no DOM. */
const PACKAGE = /\/packages\/(?:data|indicators)\/dist\//;

/** The rows or the description of one homicide series: data alone, which imports nothing. */
const SERIES = /\/packages\/data\/dist\/[\w-]+\.(?:national|states|series)-\w+\.js$/;

/**
 * For a build of several widgets: keeps the `@usmx/data` and `@usmx/indicators` code that a widget
 * loads with `import()` apart from the same packages' code that widgets load up front. A bundler
 * puts a module in one chunk with every part of it that any widget uses, so when one widget imports
 * a few names up front (the homicide widget: the ids of the series) and another imports the same
 * module lazily (the claim widget, through `checkClaim`: the catalogue of every series), the first
 * widget's page would download both up front. Here a package module that widget code imports with
 * `import()`, and every package module that one imports, are a second instance
 * (`<id>?usmx-lazy`) that only lazily loaded chunks hold; the data of one series, which imports
 * nothing, stays one instance and one file. Two instances of the same pure code cost bytes only.
 */
export function lazyPackagesApart(): Plugin {
  return {
    name: 'usmx:lazy-packages-apart',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const lazyImporter = importer.endsWith(LAZY);
      const path = moduleFile(importer);
      const widgetImportsLazily = options.kind === 'dynamic-import' && !PACKAGE.test(path);
      if (!lazyImporter && !widgetImportsLazily) return null;
      const resolved = await this.resolve(source, path, { skipSelf: true });
      if (!resolved || resolved.external || !PACKAGE.test(resolved.id) || SERIES.test(resolved.id))
        return resolved;
      return { ...resolved, id: `${resolved.id}${LAZY}` };
    },
    load(id) {
      return id.endsWith(LAZY) ? readFile(moduleFile(id), 'utf8') : null;
    },
  };
}

/**
 * Builds the CDN files in dist/cdn, ES modules with no bare imports:
 * - `usmx-<widget>.js`, one self-contained file per widget (Lit inside), for a page that embeds one;
 * - `auto/usmx-<widget>.js`, every widget as an entry of one build, so what they share (Lit, the
 *   base element) is a chunk of its own, fetched once by a page with several widgets;
 * - `usmx.js`, the autoloader (src/cdn/usmx.ts), which carries for each tag the files of its entry's
 *   static import graph in the second build and imports them when the tag is on the page.
 * The dataset stays out of all of them: every `import()` of `@usmx/data` becomes a chunk in
 * dist/cdn/chunks/data, fetched only when a widget needs it (a data chunk of both builds is one
 * file, being named by its content), and a lazily loaded chunk downloads with the chunks it imports
 * (`parallelChunkImports`). The whitespace of Lit's html, svg and css templates is collapsed, never
 * removed (`conservativeCollapse`: a space between two parts of a sentence stays), which saves about
 * 0.45 KB per widget gzipped.
 */
import { readFile, writeFile } from 'node:fs/promises';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import ts from 'typescript';
import { build, type Rolldown } from 'vite';
import { lazyPackagesApart, moduleFile } from './lazy-packages-apart.js';
import { parallelChunkImports, staticImports } from './parallel-chunk-imports.js';

/** The widgets, by folder under src/components; each defines the tag `usmx-<name>`. */
const widgets = [
  'homicide-trend',
  'corridor-share',
  'splinter-count',
  'group-lineage',
  'claim',
] as const;

/** `usmx-<name>` -> the module that defines it. */
const defineModules = Object.fromEntries(
  widgets.map((name) => [`usmx-${name}`, `src/components/${name}/${name}.ts`]),
);

/** `@usmx/data`'s entries that hold tables, and the modules of its series. */
const DATA_TABLE =
  /\/packages\/data\/dist\/(?:corridor|groups|claims|sources|homicides|[\w-]+\.(?:national|states|series)-\w+)\.js$/;

/** `@usmx/data`'s entries that hold code: schemas, parsers, patterns, CSV. */
const DATA_CODE = /\/packages\/data\/dist\/(?:schemas|parsers|patterns|csv|index)\.js$/;

/**
 * Chunks of `@usmx/data`'s tables alone (the series, their descriptions, the sources, the corridor
 * and group tables) go in `chunks/data/`, the rest in `chunks/`: a reader of the CDN folder, or of
 * a page's requests, tells data from code by the path. A chunk is named after one of its modules;
 * the one that holds the base element (with Lit: what every widget of the shared build loads) is
 * named `usmx-base` instead.
 */
function chunkFileName(chunk: { moduleIds: readonly string[] }): string {
  const moduleIds = chunk.moduleIds.map(moduleFile);
  const data =
    moduleIds.some((id) => DATA_TABLE.test(id)) &&
    moduleIds.every((id) => id.includes('/packages/data/dist/') && !DATA_CODE.test(id));
  if (data) return 'chunks/data/[name]-[hash].js';
  const base = moduleIds.some((id) => id.endsWith('/src/internal/base-element.ts'));
  return `chunks/${base ? 'usmx-base' : '[name]'}-[hash].js`;
}

/**
 * One Vite build into dist/cdn of `entries` (output name -> module), entries named by
 * `entryFileNames`, with `define`d constants.
 */
async function cdnBuild(
  entries: Record<string, string>,
  entryFileNames: string,
  define: Record<string, string> = {},
): Promise<Rolldown.OutputChunk[]> {
  const shared = Object.keys(entries).length > 1;
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [
      minifyHtmlLiterals({
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true } },
      }),
      parallelChunkImports(),
      ...(shared ? [lazyPackagesApart()] : []),
    ],
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2048,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        // a self-contained file's lazily loaded chunks import what they share with the widget from
        // its file, rather than from a chunk split off it, which the browser could fetch only after
        // the widget file; in the shared build an entry exports its own module only, so no widget
        // imports another's entry (what they share is in chunks, which usmx.js fetches at once)
        preserveEntrySignatures: shared ? 'strict' : 'allow-extension',
        // and never wait for a chunk they do not use: a small shared module (the patterns) stays
        // out of a larger lazily loaded chunk (the schemas) rather than being merged into it
        experimental: { chunkOptimization: { mergeCommonChunks: false } },
        output: { entryFileNames, chunkFileNames: chunkFileName, minify: true },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap(({ output }) =>
    output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk'),
  );
}

/** Entry name -> its file and the files it imports statically, transitively (entry first). */
function staticFiles(chunks: readonly Rolldown.OutputChunk[]): Record<string, string[]> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  return Object.fromEntries(
    chunks
      .filter((chunk) => chunk.isEntry)
      .map((chunk) => [
        chunk.name,
        [...staticImports(byFile, chunk.fileName, new Set([chunk.fileName]))],
      ]),
  );
}

for (const name of widgets) {
  const tag = `usmx-${name}`;
  await cdnBuild({ [tag]: defineModules[tag] as string }, '[name].js');
  await writeFile(`dist/cdn/${tag}.d.ts`, `export * from '../components/${name}/${name}.js';\n`);
}

const autoloaded = staticFiles(await cdnBuild(defineModules, 'auto/[name].js'));
await cdnBuild({ usmx: 'src/cdn/usmx.ts' }, '[name].js', {
  __USMX_FILES__: JSON.stringify(autoloaded),
});
// The autoloader's declarations come from its source: `discover` and its documentation.
const autoloaderTypes = ts.transpileDeclaration(await readFile('src/cdn/usmx.ts', 'utf8'), {
  compilerOptions: { target: ts.ScriptTarget.ES2022 },
});
await writeFile('dist/cdn/usmx.d.ts', autoloaderTypes.outputText);

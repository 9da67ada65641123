/**
 * Builds the CDN bundles in dist/cdn: `usmx.js` (every widget) and one file per widget, each an ES
 * module with Lit inside and no bare imports. The dataset stays out of them: every `import()` of
 * `@usmx/data` becomes a chunk in dist/cdn/chunks/data, fetched only when a widget needs it, and
 * a lazily loaded chunk downloads with the chunks it imports (`parallelChunkImports`). The
 * whitespace of Lit's html, svg and css templates is collapsed, never removed (`conservativeCollapse`:
 * a space between two parts of a sentence stays), which saves about 0.45 KB per widget gzipped.
 */
import { writeFile } from 'node:fs/promises';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { build } from 'vite';
import { parallelChunkImports } from './parallel-chunk-imports.js';

/** Bundle name -> entry module, and the module whose types it re-exports. */
export const cdnEntries: Record<string, { entry: string; types: string }> = {
  usmx: { entry: 'src/cdn/usmx.ts', types: '../index.js' },
  ...Object.fromEntries(
    ['homicide-trend', 'corridor-share', 'splinter-count', 'group-lineage', 'claim'].map((name) => [
      `usmx-${name}`,
      { entry: `src/components/${name}/${name}.ts`, types: `../components/${name}/${name}.js` },
    ]),
  ),
};

/** `@usmx/data`'s entries that hold tables, and the modules of its series. */
const DATA_TABLE =
  /\/packages\/data\/dist\/(?:corridor|groups|claims|sources|homicides|[\w-]+\.(?:national|states|series)-\w+)\.js$/;

/** `@usmx/data`'s entries that hold code: schemas, parsers, patterns, CSV. */
const DATA_CODE = /\/packages\/data\/dist\/(?:schemas|parsers|patterns|csv|index)\.js$/;

/**
 * Chunks of `@usmx/data`'s tables alone (the series, their descriptions, the sources, the corridor
 * and group tables) go in `chunks/data/`, the rest in `chunks/`: a reader of the CDN folder, or of
 * a page's requests, tells data from code by the path.
 */
function chunkFileName({ moduleIds }: { moduleIds: readonly string[] }): string {
  const data =
    moduleIds.some((id) => DATA_TABLE.test(id)) &&
    moduleIds.every((id) => id.includes('/packages/data/dist/') && !DATA_CODE.test(id));
  return data ? 'chunks/data/[name]-[hash].js' : 'chunks/[name]-[hash].js';
}

for (const [name, { entry, types }] of Object.entries(cdnEntries)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [
      minifyHtmlLiterals({
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true } },
      }),
      parallelChunkImports(),
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2048,
      lib: {
        entry: { [name]: entry },
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rollupOptions: {
        // lazily loaded chunks import what they share with the widget from its file, rather than
        // from a chunk split off it, which the browser could fetch only after the widget file
        preserveEntrySignatures: 'allow-extension',
        // and never wait for a chunk they do not use: a small shared module (the patterns) stays
        // out of a larger lazily loaded chunk (the schemas) rather than being merged into it
        experimental: { chunkOptimization: { mergeCommonChunks: false } },
        output: { chunkFileNames: chunkFileName, minify: true },
      },
    },
  });
  await writeFile(`dist/cdn/${name}.d.ts`, `export * from '${types}';\n`);
}

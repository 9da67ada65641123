/**
 * Builds the CDN bundles in dist/cdn: `usmx.js` (every widget) and one file per widget, each an ES
 * module with Lit inside and no bare imports. The dataset stays out of them: every `import()` of
 * `@usmx/data` becomes a chunk in dist/cdn/chunks, fetched only when a widget needs it. The
 * whitespace of Lit's html, svg and css templates is collapsed, never removed (`conservativeCollapse`:
 * a space between two parts of a sentence stays), which saves about 0.45 KB per widget gzipped.
 */
import { writeFile } from 'node:fs/promises';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { build } from 'vite';

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
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
    },
  });
  await writeFile(`dist/cdn/${name}.d.ts`, `export * from '${types}';\n`);
}

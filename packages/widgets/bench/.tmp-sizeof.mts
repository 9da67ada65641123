import { build } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { gzipSync } from 'node:zlib';
import { readFileSync, mkdirSync } from 'node:fs';
const [dir, out] = process.argv.slice(2);
await build({
  configFile: false, logLevel: 'silent', root: dir, plugins: [minifyHtmlLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } })],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: true, reportCompressedSize: false,
    lib: { entry: { base: `${dir}/internal/base-element.ts` }, formats: ['es'], fileName: (_f, n) => `${n}.js` },
    rollupOptions: { external: (id) => !id.startsWith('.') && !id.startsWith('/'), output: { minify: true } } },
});
const code = readFileSync(`${out}/base.js`);
console.log(code.length, gzipSync(code, { level: 9 }).length);

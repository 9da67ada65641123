import { build } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const [entry, out] = process.argv.slice(2);
await build({
  configFile: false, logLevel: 'silent', plugins: [minifyHtmlLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } })],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: true, reportCompressedSize: false,
    lib: { entry: { e: entry }, formats: ['es'], fileName: (_f, n) => `${n}.js` },
    rollupOptions: { output: { minify: true, preserveModules: true } } },
});
const rows: [string, number, number][] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.js')) { const b = readFileSync(p); rows.push([p.slice(out.length), b.length, gzipSync(b, { level: 9 }).length]); } } };
walk(out);
rows.sort((a, b) => b[2] - a[2]);
for (const r of rows) if (!/data\/|dataset|chunks/.test(r[0])) console.log(String(r[2]).padStart(6), String(r[1]).padStart(7), r[0]);

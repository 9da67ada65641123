import { join } from 'node:path';
import { build, type PluginOption } from 'vite';

/**
 * Bundles each entry module (name -> path) into `outDir/<name>.js`, one self-contained ES module
 * each, with the same bundler, target and minifier as the widgets' CDN files (Vite 8), resolving
 * packages from `root`, with Vite `plugins` if any.
 */
export async function bundleModules(
  entries: Readonly<Record<string, string>>,
  outDir: string,
  root: string,
  plugins: PluginOption[] = [],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(entries)) {
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        reportCompressedSize: false,
        lib: { entry: { [name]: entry }, formats: ['es'], fileName: (_f, n) => `${n}.js` },
        rollupOptions: { output: { minify: true } },
      },
    });
    out[name] = join(outDir, `${name}.js`);
  }
  return out;
}

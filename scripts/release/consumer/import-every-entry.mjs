// Run inside the consumer project: imports every JavaScript entry that the installed @usmx packages
// export, the way Node resolves them for a user. CDN bundles are for browsers and are skipped here.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const packageNames = process.argv.slice(2);
let failures = 0;

/** Every subpath of an exports map whose target (under any condition) is a JS file. */
function javascriptSubpaths(exports) {
  const hasJs = (target) =>
    typeof target === 'string' ? /\.m?js$/.test(target) : Object.values(target ?? {}).some(hasJs);
  const keys = typeof exports === 'object' && exports !== null ? Object.keys(exports) : [];
  if (!keys.every((key) => key.startsWith('.')) || keys.length === 0)
    return hasJs(exports) ? ['.'] : [];
  return keys.filter((key) => !key.includes('*') && hasJs(exports[key]));
}

for (const name of packageNames) {
  const manifest = JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8'));
  for (const subpath of javascriptSubpaths(manifest.exports)) {
    const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
    if (/(?:^|\/)cdn\//.test(subpath)) continue;
    try {
      const module = await import(specifier);
      console.log(`✓ import('${specifier}'): ${Object.keys(module).length} exports`);
    } catch (error) {
      failures += 1;
      console.error(`✗ import('${specifier}') failed: ${error.stack ?? error}`);
    }
  }
}
process.exitCode = failures === 0 ? 0 : 1;

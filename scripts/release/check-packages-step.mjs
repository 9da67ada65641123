// Step 1: build the public packages if needed, pack each one, and check what the tarball holds.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { checkPackage, formatProblem } from './check-package.mjs';
import { readTarball } from './read-tarball.mjs';
import { mustRun, runCommand } from './run-command.mjs';

/** A failure of one step, with the output of the tool that failed (if any). */
export class StepError extends Error {
  constructor(message, output = '') {
    super(message);
    this.name = 'StepError';
    this.output = output;
  }
}

/** The workspace's public packages: every folder under packages/ whose package.json is not private. */
export async function listPublicPackages(workspaceRoot) {
  const packagesDir = join(workspaceRoot, 'packages');
  const packages = [];
  for (const entry of (await readdir(packagesDir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const dir = join(packagesDir, entry.name);
    const manifestPath = join(dir, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    if (manifest.private === true) continue;
    packages.push({ name: manifest.name, dir, directory: relative(workspaceRoot, dir), manifest });
  }
  return packages;
}

/** Tag names declared in a custom-elements.json manifest. */
export function customElementTags(customElementsManifest) {
  const tags = new Set();
  for (const module of customElementsManifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) tags.add(declaration.tagName);
    }
    for (const exported of module.exports ?? []) {
      if (exported.kind === 'custom-element-definition' && exported.name) tags.add(exported.name);
    }
  }
  return [...tags].sort();
}

const JS_MODULE = /\.m?js$/;

/**
 * Tag names that the packed code registers by name: `customElements.define('usmx-x', …)` or a
 * helper named `define…('usmx-x', …)` (found in the readable library build, not in minified code).
 */
export function findDefinedTags(files) {
  const call = /(?:customElements\.define|\bdefine[A-Z]\w*)\(\s*(["'`])(usmx-[a-z0-9-]+)\1\s*,/g;
  const tags = new Set();
  for (const [path, content] of files) {
    if (!JS_MODULE.test(path)) continue;
    for (const match of content.toString('utf8').matchAll(call)) tags.add(match[2]);
  }
  return [...tags].sort();
}

/**
 * Packed JS files that register a custom element: a call whose first argument is one of `tags`
 * (`customElements.define('usmx-x', …)`, a helper such as `defineElement('usmx-x', …)`, or its
 * minified form `e("usmx-x",t)`).
 */
export function findElementDefiningFiles(files, tags) {
  if (tags.length === 0) return [];
  const call = /\(\s*(["'`])(usmx-[a-z0-9-]+)\1\s*,/g;
  const defining = [];
  for (const [path, content] of files) {
    if (!JS_MODULE.test(path)) continue;
    for (const match of content.toString('utf8').matchAll(call)) {
      if (tags.includes(match[2])) {
        defining.push(path);
        break;
      }
    }
  }
  return defining.sort();
}

// Folders and files that a build neither reads nor needs: outputs, tests, benchmarks, docs.
const NOT_BUILD_INPUT_FOLDER = new Set([
  'dist',
  'node_modules',
  'test-results',
  'coverage',
  '.turbo',
  'test',
  'bench',
  '__screenshots__',
  '__snapshots__',
]);
const NOT_BUILD_INPUT_FILE =
  /\.(?:test|spec|stories|bench)\.[cm]?[jt]sx?$|^vitest\.config\.[cm]?[jt]s$|^custom-elements\.json$|\.md$/;

/** Newest modification time of the build inputs under `dir` (test files and outputs left out). */
async function newestInput(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !NOT_BUILD_INPUT_FOLDER.has(entry.name)) {
      newest = Math.max(newest, await newestInput(path));
    } else if (entry.isFile() && !NOT_BUILD_INPUT_FILE.test(entry.name)) {
      newest = Math.max(newest, (await stat(path)).mtimeMs);
    }
  }
  return newest;
}

/** Oldest modification time of the files under `dir`: when the last full build wrote them. */
async function oldestOutput(dir) {
  let oldest = Infinity;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      oldest = Math.min(
        oldest,
        (await stat(join(entry.parentPath ?? entry.path, entry.name))).mtimeMs,
      );
  }
  return oldest;
}

/** Why a package needs building (no dist/, or sources newer than it), or `undefined`. */
async function buildReason({ dir }) {
  const dist = join(dir, 'dist');
  if (!existsSync(dist)) return 'no dist/';
  if ((await newestInput(dir)) > (await oldestOutput(dist))) return 'sources newer than dist/';
  return undefined;
}

async function buildIfNeeded(workspaceRoot, packages, log) {
  const reasons = [];
  for (const pkg of packages) {
    const reason = await buildReason(pkg);
    if (reason) reasons.push(`${pkg.name}: ${reason}`);
  }
  if (reasons.length === 0) {
    log('dist/ is up to date in every package: not rebuilding');
    return;
  }
  log(`building (${reasons.join('; ')})`);
  await mustRun(
    'pnpm',
    ['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
    {
      cwd: workspaceRoot,
    },
  ).catch((error) => {
    throw new StepError(`build failed: ${error.message}`, error.output);
  });
}

async function packPackage(pkg, destination) {
  const result = await mustRun('pnpm', ['pack', '--json', '--pack-destination', destination], {
    cwd: pkg.dir,
  }).catch((error) => {
    throw new StepError(`${pkg.name}: pnpm pack failed`, error.output);
  });
  const jsonStart = result.stdout.indexOf('{');
  const { filename } = JSON.parse(result.stdout.slice(jsonStart));
  return filename;
}

/**
 * Packs every public package, checks its manifest against the tarball, runs publint and attw.
 * Throws a {@link StepError} listing every problem of every package.
 * @returns {Promise<Array<{ name: string, tarball: string, files: Map<string, Buffer>, manifest: object }>>}
 */
export async function checkPackagesStep({ workspaceRoot, scratchDir, log }) {
  const packages = await listPublicPackages(workspaceRoot);
  if (packages.length === 0) throw new StepError('no public package found under packages/');
  await buildIfNeeded(workspaceRoot, packages, log);

  const problems = [];
  const toolOutputs = [];
  const packed = [];
  const packDir = await mkdtemp(join(scratchDir ?? tmpdir(), 'usmx-pack-'));
  try {
    for (const pkg of packages) {
      const tarball = await packPackage(pkg, packDir);
      const files = await readTarball(tarball);
      const manifest = JSON.parse(files.get('package.json').toString('utf8'));
      const elementsPath =
        typeof manifest.customElements === 'string'
          ? manifest.customElements.replace(/^\.\//, '')
          : undefined;
      const elementsFile = elementsPath && files.get(elementsPath);
      const declaredTags = elementsFile
        ? customElementTags(JSON.parse(elementsFile.toString('utf8')))
        : [];
      const definedTags = findDefinedTags(files);
      const tags = [...new Set([...declaredTags, ...definedTags])].sort();
      const elementDefiningFiles = findElementDefiningFiles(files, tags);
      const found = checkPackage(manifest, {
        files: files.keys(),
        directory: pkg.directory,
        elementDefiningFiles,
        declaredTags,
        definedTags,
      });
      problems.push(...found.map(formatProblem));

      const publint = await runCommand(
        join(workspaceRoot, 'node_modules/.bin/publint'),
        [tarball, '--strict'],
        { cwd: pkg.dir },
      );
      if (publint.exitCode !== 0) {
        problems.push(`${pkg.name}: publint: reports problems (output below)`);
        toolOutputs.push(`--- publint ${pkg.name} tarball --strict ---\n${publint.output}`);
      }
      const attw = await runCommand(
        join(workspaceRoot, 'node_modules/.bin/attw'),
        [tarball, '--profile', 'esm-only', '--no-color'],
        {
          cwd: pkg.dir,
        },
      );
      if (attw.exitCode !== 0) {
        problems.push(`${pkg.name}: attw: types do not resolve for every entry (output below)`);
        toolOutputs.push(`--- attw ${pkg.name} tarball --profile esm-only ---\n${attw.output}`);
      }
      const size = (await readFile(tarball)).length;
      log(
        `${found.length === 0 && publint.exitCode === 0 && attw.exitCode === 0 ? '✓' : '✗'} ${manifest.name}@${manifest.version}: ` +
          `${files.size} files, ${(size / 1024).toFixed(1)} KiB packed` +
          (tags.length ? `, ${tags.length} custom elements (${tags.join(', ')})` : ''),
      );
      packed.push({ name: manifest.name, tarball, files, manifest, tags });
    }
  } finally {
    await rm(packDir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    throw new StepError(
      `${problems.length} package problem(s):\n  ${problems.join('\n  ')}`,
      toolOutputs.join('\n'),
    );
  }
  return packed;
}

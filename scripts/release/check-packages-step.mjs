// Step 1: build the public packages if needed, pack each one, and check what the tarball holds.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { buildIfNeeded } from './build-if-needed.mjs';
import { checkPackage, formatProblem } from './check-package.mjs';
import {
  customElementTags,
  findDefinedTags,
  findElementDefiningFiles,
} from './custom-elements.mjs';
import { readTarball } from './read-tarball.mjs';
import { mustRun, runCommand } from './run-command.mjs';
import { StepError } from './step-error.mjs';

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
 * @returns {Promise<Array<{ name: string, manifest: object }>>} the packages, with their manifests as packed
 */
export async function checkPackagesStep({ workspaceRoot, log }) {
  const packages = await listPublicPackages(workspaceRoot);
  if (packages.length === 0) throw new StepError('no public package found under packages/');
  await buildIfNeeded(workspaceRoot, packages, log);

  const problems = [];
  const toolOutputs = [];
  const packed = [];
  const packDir = await mkdtemp(join(tmpdir(), 'usmx-pack-'));
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
      packed.push({ name: manifest.name, manifest });
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

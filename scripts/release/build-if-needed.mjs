// Builds the public packages with turbo when dist/ is missing or older than their sources.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { mustRun } from './run-command.mjs';
import { StepError } from './step-error.mjs';

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

/** Runs `pnpm turbo run build --filter=./packages/*` if any package needs it (turbo caches the rest). */
export async function buildIfNeeded(workspaceRoot, packages, log) {
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

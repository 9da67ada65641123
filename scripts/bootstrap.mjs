#!/usr/bin/env node
// Bootstraps a fresh clone with only Node and npm, then runs the docs site (`start`) or every test (`test`).
// Node builtins only: nothing is installed when this runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PNPM_VERSION = '12.4.2';
const root = new URL('..', import.meta.url).pathname;
const mode = process.argv[2];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✖ ${[command, ...args].join(' ')} exited with ${status}`);
    process.exit(status);
  }
}

/** The pinned pnpm: a global one of the right version, else through npx (needs only npm). */
function pnpmCommand() {
  const global = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (!global.error && global.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '-y', `pnpm@${PNPM_VERSION}`];
}

/** Finds Chromium, installing Debian's package when this machine can; otherwise explains CHROMIUM_PATH. */
function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  const canApt =
    process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log('Chromium not found: installing Debian package "chromium" with apt-get…');
    runOrExit('apt-get', ['update', '-qq']);
    runOrExit('apt-get', ['install', '-y', '-qq', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'The widget and docs tests run in a real headless Chromium, and none was found.\n' +
      'Install Chromium (on Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a\n' +
      'Chromium or Chrome executable, e.g. `CHROMIUM_PATH=/path/to/chrome npm test`.',
  );
  process.exit(1);
}

/** Adds up the vitest JSON reports that each package's test task wrote. */
function printTestSummary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const rows = [];
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      const report = join(root, group, name, 'test-results', 'vitest.json');
      if (!existsSync(report)) continue;
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed += json.numPassedTests;
      failed += json.numFailedTests;
      skipped += json.numPendingTests + (json.numTodoTests ?? 0);
      rows.push(`  ${group}/${name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
    }
  }
  console.log(`\nvitest, all workspaces:\n${rows.join('\n')}`);
  console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

const pnpm = pnpmCommand();
const [bin, ...pre] = pnpm;
const pnpmRun = (args, options) => runOrExit(bin, [...pre, ...args], options);

if (mode === 'start') {
  pnpmRun(['install', '--frozen-lockfile']);
  pnpmRun(['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only']);
  console.log(
    '\nStarting the usmx docs site: open http://localhost:6006/ when Storybook says it is ready.\n',
  );
  pnpmRun(['--filter', '@usmx/docs', 'dev']);
} else if (mode === 'test') {
  const chromium = ensureChromium();
  const env = { ...process.env, CHROMIUM_PATH: chromium, TZ: 'UTC' };
  pnpmRun(['install', '--frozen-lockfile']);
  const testStatus = run(bin, [...pre, 'turbo', 'run', 'test', '--continue', '--concurrency=1'], {
    env,
  });
  printTestSummary();
  if (testStatus !== 0) process.exit(testStatus);
  runOrExit(process.execPath, ['--test', 'scripts/release/'], { env });
  pnpmRun(['release:verify'], { env });
} else {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}

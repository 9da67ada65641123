#!/usr/bin/env node
// `pnpm release:verify`: proves the packages work the way users meet them. Packs and checks every
// public package, publishes them to a throw-away local registry, installs them with plain npm in a
// project outside the workspace, runs and type-checks them there, and renders the CDN widgets in
// headless Chromium. Publishes nowhere but the local registry. Node builtins + workspace tools only.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { browserStep } from './release/browser-step.mjs';
import { checkPackagesStep } from './release/check-packages-step.mjs';
import { consumerStep } from './release/consumer-step.mjs';
import { startLocalRegistry } from './release/local-registry.mjs';
import { publishStep } from './release/publish-step.mjs';
import { killLiveChildren } from './release/run-command.mjs';
import { StepError } from './release/step-error.mjs';

const workspaceRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const startedAt = Date.now();
const cleanups = [];
const state = {};

const log = (line) => console.log(`  ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The registry `npm config get registry` prints: the local registry's uplink for third-party packages. */
function upstreamRegistry() {
  const url = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  return url.endsWith('/') ? url : `${url}/`;
}

const steps = [
  {
    title: 'build and check package metadata (exports, files, sideEffects, publint, attw)',
    run: async () => {
      state.packages = await checkPackagesStep({ workspaceRoot, log });
    },
  },
  {
    title: 'start a throw-away local registry (verdaccio on 127.0.0.1)',
    run: async () => {
      const uplinkUrl = upstreamRegistry();
      const registry = await startLocalRegistry({ workspaceRoot, uplinkUrl });
      cleanups.push({
        what: `stop verdaccio (pid ${registry.pid}) and remove ${registry.folder}`,
        run: registry.stop,
      });
      state.registry = registry;
      log(
        `✓ verdaccio pid ${registry.pid} answers at ${registry.url} (storage ${registry.folder}, uplink ${uplinkUrl})`,
      );
    },
  },
  {
    title: 'publish every public package to the local registry',
    run: () =>
      publishStep({
        workspaceRoot,
        registryUrl: state.registry.url,
        packages: state.packages,
        log,
      }),
  },
  {
    title: 'install with npm in a fresh project; run in Node; tsc --strict (nodenext, bundler)',
    run: async () => {
      state.consumerDir = await consumerStep({
        workspaceRoot,
        registryUrl: state.registry.url,
        packages: state.packages,
        onFolder: (folder) =>
          cleanups.push({
            what: `remove ${folder}`,
            run: () => rm(folder, { recursive: true, force: true }),
          }),
        log,
      });
    },
  },
  {
    title: 'render every widget from the installed CDN bundles in headless Chromium',
    run: () => browserStep({ consumerDir: state.consumerDir, log }),
  },
];

let cleanedUp;
/** Stops the registry and removes every temporary folder, newest first. Safe to call twice. */
function cleanUp() {
  cleanedUp ??= (async () => {
    killLiveChildren();
    const failures = [];
    for (const { what, run } of cleanups.reverse()) {
      try {
        await run();
        log(`✓ ${what}`);
      } catch (error) {
        failures.push(`${what}: ${error.message}`);
      }
    }
    if (failures.length > 0) throw new StepError(failures.join('\n'));
  })();
  return cleanedUp;
}

function printFailure(index, title, error) {
  console.error(`\n✗ step ${index}/${steps.length + 1} failed (${title}):\n${error.message}`);
  const output = error.output?.trim();
  if (output) {
    const lines = output.split('\n');
    const shown = lines.length > 400 ? ['[… first lines cut …]', ...lines.slice(-400)] : lines;
    console.error(`\n--- tool output ---\n${shown.join('\n')}\n--- end of tool output ---`);
  }
  if (!(error instanceof StepError) && !error.output) console.error(error.stack);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\nrelease:verify: interrupted (${signal}); cleaning up`);
    cleanUp()
      .catch((error) => console.error(error.message))
      .finally(() => process.exit(130));
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  for (const [index, { title, run }] of steps.entries()) {
    const number = index + 1;
    if (failed > 0 || interrupted) {
      console.log(`\n── step ${number}/${steps.length + 1}: ${title}: skipped`);
      skipped += 1;
      continue;
    }
    console.log(`\n── step ${number}/${steps.length + 1}: ${title}`);
    const stepStart = Date.now();
    try {
      await run();
      passed += 1;
      log(`passed in ${seconds(Date.now() - stepStart)}`);
    } catch (error) {
      failed += 1;
      printFailure(number, title, error);
    }
  }
} finally {
  const title = 'stop the local registry and remove temporary folders';
  console.log(`\n── step ${steps.length + 1}/${steps.length + 1}: ${title}`);
  try {
    await cleanUp();
    passed += 1;
  } catch (error) {
    failed += 1;
    printFailure(steps.length + 1, title, error);
  }
}

console.log(`\nrelease:verify finished in ${seconds(Date.now() - startedAt)}`);
console.log(
  `release:verify: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
process.exitCode = interrupted ? 130 : failed === 0 ? 0 : 1;

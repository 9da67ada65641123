// Step 3: publish every public package to the local registry, and to nothing else.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { StepError } from './step-error.mjs';
import { runCommand } from './run-command.mjs';

/**
 * Publishes with pnpm, naming the registry three times over: `--registry`, the `@usmx` scope's
 * registry, and a user config file of our own that replaces `~/.npmrc` (pnpm 12 ignores
 * `npm_config_registry`, and a scope registry in `~/.npmrc` would win over `--registry`).
 * Then asks the local registry for each package's version to prove it arrived there.
 */
export async function publishStep({ workspaceRoot, registryUrl, packages, log }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(registryUrl)) {
    throw new StepError(
      `refusing to publish to ${registryUrl}: only a local registry on 127.0.0.1 is allowed`,
    );
  }
  const configDir = await mkdtemp(join(tmpdir(), 'usmx-publish-'));
  try {
    const userConfig = join(configDir, 'npmrc');
    await writeFile(userConfig, `registry=${registryUrl}\n@usmx:registry=${registryUrl}\n`);
    const args = [
      '-r',
      '--filter',
      './packages/*',
      'publish',
      '--no-git-checks',
      '--registry',
      registryUrl,
      `--config.@usmx:registry=${registryUrl}`,
      '--npmrc-auth-file',
      userConfig,
    ];
    log(`pnpm ${args.join(' ')}`);
    const result = await runCommand('pnpm', args, { cwd: workspaceRoot });
    if (result.exitCode !== 0) {
      throw new StepError(`pnpm publish exited with code ${result.exitCode}`, result.output);
    }
    for (const { name, manifest } of packages) {
      const response = await fetch(new URL(name.replace('/', '%2f'), registryUrl));
      const document = response.ok ? await response.json() : undefined;
      if (!document?.versions?.[manifest.version]) {
        throw new StepError(
          `${name}@${manifest.version} is not in the local registry after publishing`,
          result.output,
        );
      }
      log(`✓ ${name}@${manifest.version} is in the local registry`);
    }
  } finally {
    await rm(configDir, { recursive: true, force: true });
  }
}

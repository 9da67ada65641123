// A throw-away verdaccio registry on 127.0.0.1: the only place the release check publishes to.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The verdaccio configuration: anyone may read and publish `@usmx/*` (stored only here, never
 * proxied), everything else is proxied from `uplinkUrl`. JSON is valid YAML.
 */
export function registryConfig({ storageDir, uplinkUrl }) {
  return {
    storage: storageDir,
    uplinks: { upstream: { url: uplinkUrl, timeout: '60s', maxage: '30m' } },
    packages: {
      '@usmx/*': { access: '$all', publish: '$all', unpublish: '$all' },
      '**': { access: '$all', publish: '$authenticated', proxy: 'upstream' },
    },
    web: { enable: false },
    middlewares: { audit: { enabled: false } },
    max_body_size: '200mb',
    log: { type: 'stdout', format: 'pretty', level: 'warn' },
  };
}

async function waitUntilAnswering(url, child, logs, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`verdaccio exited before answering (code ${child.exitCode})\n${logs()}`);
    }
    try {
      const response = await fetch(new URL('-/ping', url), { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer ${url} within ${timeoutMs / 1000} s\n${logs()}`);
}

/**
 * Starts verdaccio from the workspace's own devDependency with its storage in a new folder under
 * the system's temporary directory. Resolves once it answers HTTP.
 * @returns {Promise<{ url: string, pid: number, folder: string, logs: () => string, stop: () => Promise<void> }>}
 */
export async function startLocalRegistry({ workspaceRoot, uplinkUrl, timeoutMs = 30_000 }) {
  const folder = await mkdtemp(join(tmpdir(), 'usmx-registry-'));
  const configPath = join(folder, 'config.yaml');
  const config = registryConfig({ storageDir: join(folder, 'storage'), uplinkUrl });
  await writeFile(configPath, JSON.stringify(config, null, 2));

  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}/`;
  const require = createRequire(join(workspaceRoot, 'package.json'));
  const bin = join(dirname(require.resolve('verdaccio/package.json')), 'bin', 'verdaccio');
  const child = spawn(
    process.execPath,
    [bin, '--config', configPath, '--listen', `127.0.0.1:${port}`],
    {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const logs = () => output;

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(
        () => child.exitCode === null && process.kill(child.pid, 'SIGKILL'),
        5000,
      );
      await exited;
      clearTimeout(timer);
    }
    await rm(folder, { recursive: true, force: true });
  };

  try {
    await waitUntilAnswering(url, child, logs, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid, folder, logs, stop };
}

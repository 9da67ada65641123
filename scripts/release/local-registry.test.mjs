import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';

import { findFreePort, registryConfig } from './local-registry.mjs';

describe('registryConfig', () => {
  const config = registryConfig({
    storageDir: '/tmp/usmx-registry-x/storage',
    uplinkUrl: 'https://registry.example.org/',
  });

  it('keeps @usmx packages local: anyone may publish them, and they are never proxied', () => {
    const scope = config.packages['@usmx/*'];
    assert.equal(scope.publish, '$all');
    assert.equal(scope.access, '$all');
    assert.equal(scope.proxy, undefined);
  });
  it('proxies everything else from the uplink, read-only for anonymous users', () => {
    assert.equal(config.uplinks.upstream.url, 'https://registry.example.org/');
    assert.equal(config.packages['**'].proxy, 'upstream');
    assert.equal(config.packages['**'].publish, '$authenticated');
  });
  it('turns off the web UI and the audit middleware, and stores under the given folder', () => {
    assert.deepEqual(config.web, { enable: false });
    assert.deepEqual(config.middlewares, { audit: { enabled: false } });
    assert.equal(config.storage, '/tmp/usmx-registry-x/storage');
    assert.equal(config.log.level, 'warn');
  });
});

describe('findFreePort', () => {
  it('returns a port that can be listened on at 127.0.0.1', async () => {
    const port = await findFreePort();
    assert.ok(Number.isInteger(port) && port > 0 && port < 65536);
    const server = createServer();
    await new Promise((resolve, reject) =>
      server.once('error', reject).listen(port, '127.0.0.1', resolve),
    );
    await new Promise((resolve) => server.close(resolve));
  });
});

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { startStaticServer } from './static-server.mjs';

describe('startStaticServer', () => {
  let folder;
  let server;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'usmx-static-test-'));
    await mkdir(join(folder, 'dist', 'cdn'), { recursive: true });
    await writeFile(join(folder, 'dist', 'cdn', 'usmx.js'), 'export {};\n');
    await writeFile(join(folder, 'custom-elements.json'), '{}');
    await writeFile(join(folder, '..', `${folder.split('/').at(-1)}-secret.txt`), 'secret');
    server = await startStaticServer({
      root: folder,
      mount: '/@usmx/widgets@1.0.0',
      pages: { '/index.html': '<!doctype html><title>t</title>' },
      pageHeaders: { 'content-security-policy': "script-src 'self'" },
    });
  });
  after(async () => {
    await server.close();
    await rm(folder, { recursive: true, force: true });
    await rm(join(folder, '..', `${folder.split('/').at(-1)}-secret.txt`), { force: true });
  });

  it('serves files under the mount path with a JavaScript or JSON MIME type', async () => {
    const script = await fetch(`${server.url}/@usmx/widgets@1.0.0/dist/cdn/usmx.js`);
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await script.text(), 'export {};\n');
    const json = await fetch(`${server.url}/@usmx/widgets@1.0.0/custom-elements.json`);
    assert.equal(json.headers.get('content-type'), 'application/json; charset=utf-8');
  });
  it('serves the in-memory pages as HTML with their headers', async () => {
    const page = await fetch(`${server.url}/index.html`);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(page.headers.get('content-security-policy'), "script-src 'self'");
    assert.equal(await page.text(), '<!doctype html><title>t</title>');
  });
  it('answers 404 outside the mount and for missing files, and never leaves the root folder', async () => {
    assert.equal((await fetch(`${server.url}/dist/cdn/usmx.js`)).status, 404);
    assert.equal(
      (await fetch(`${server.url}/@usmx/widgets@1.0.0/dist/cdn/missing.js`)).status,
      404,
    );
    const escape = `${server.url}/@usmx/widgets@1.0.0/..%2f${folder.split('/').at(-1)}-secret.txt`;
    const response = await fetch(escape);
    assert.notEqual(response.status, 200);
    assert.doesNotMatch(await response.text(), /secret/);
  });
});

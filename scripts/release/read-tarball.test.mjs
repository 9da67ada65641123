import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { readTarball } from './read-tarball.mjs';

// 128 characters: longer than a tar header's 100-character name field.
const longPath = `dist/${'nested-folder-name/'.repeat(6)}a-widget-chunk.js`;

describe('readTarball', () => {
  let folder;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'usmx-tarball-test-'));
    for (const [path, content] of [
      ['package/package.json', '{"name":"@usmx/example"}'],
      [`package/${longPath}`, 'export const x = 1;\n'],
      ['package/README.md', ''],
    ]) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), content);
    }
  });
  after(() => rm(folder, { recursive: true, force: true }));

  for (const format of ['pax', 'gnu', 'ustar']) {
    it(`reads every file of a ${format} tarball, long paths included, without the package/ prefix`, async () => {
      const tarball = join(folder, `${format}.tgz`);
      execFileSync('tar', [`--format=${format}`, '-czf', tarball, '-C', folder, 'package']);
      const files = await readTarball(tarball);
      assert.deepEqual([...files.keys()].sort(), ['README.md', longPath, 'package.json'].sort());
      assert.equal(files.get('package.json').toString(), '{"name":"@usmx/example"}');
      assert.equal(files.get(longPath).toString(), 'export const x = 1;\n');
      assert.equal(files.get('README.md').length, 0);
    });
  }
});

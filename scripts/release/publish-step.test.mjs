import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { publishStep } from './publish-step.mjs';

describe('publishStep', () => {
  for (const registryUrl of [
    'https://registry.npmjs.org/',
    'http://localhost:4873/',
    'http://127.0.0.1.example.org:80/',
  ]) {
    it(`refuses to publish to ${registryUrl}`, async () => {
      await assert.rejects(
        publishStep({ workspaceRoot: '/nonexistent', registryUrl, packages: [], log: () => {} }),
        /refusing to publish to .*: only a local registry on 127\.0\.0\.1 is allowed/,
      );
    });
  }
});

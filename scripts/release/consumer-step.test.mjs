import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { everyEntrySource, typedSubpaths } from './consumer-step.mjs';

describe('typedSubpaths', () => {
  it('lists the subpaths that carry types, at any depth, leaving out JSON and wildcards', () => {
    const exports = {
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './homicides': { import: { types: './dist/homicides.d.ts', default: './dist/homicides.js' } },
      './tables/*': { types: './dist/tables/*.d.ts', import: './dist/tables/*.js' },
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
    };
    assert.deepEqual(typedSubpaths(exports), ['.', './homicides']);
  });
  it('treats a top-level conditions object as the root entry', () => {
    assert.deepEqual(typedSubpaths({ types: './index.d.ts', default: './index.js' }), ['.']);
    assert.deepEqual(typedSubpaths('./index.js'), []);
  });
});

describe('everyEntrySource', () => {
  it('imports every typed entry of every package, each under its own name', () => {
    const source = everyEntrySource([
      {
        name: '@usmx/data',
        exports: {
          '.': { types: './a.d.ts', import: './a.js' },
          './homicides': { types: './h.d.ts', import: './h.js' },
        },
      },
      {
        name: '@usmx/widgets',
        exports: {
          '.': { types: './w.d.ts', import: './w.js' },
          './package.json': './package.json',
        },
      },
    ]);
    assert.match(source, /^import \* as entry0 from '@usmx\/data';$/m);
    assert.match(source, /^import \* as entry1 from '@usmx\/data\/homicides';$/m);
    assert.match(source, /^import \* as entry2 from '@usmx\/widgets';$/m);
    assert.match(source, /^export const entries = \[entry0, entry1, entry2\];$/m);
    assert.doesNotMatch(source, /package\.json/);
  });
});

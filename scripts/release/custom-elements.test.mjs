import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  customElementTags,
  findDefinedTags,
  findElementDefiningFiles,
} from './custom-elements.mjs';

const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/components/homicide-trend/homicide-trend.component.ts',
      declarations: [
        {
          kind: 'class',
          name: 'UsmxHomicideTrend',
          customElement: true,
          tagName: 'usmx-homicide-trend',
        },
      ],
    },
    {
      kind: 'javascript-module',
      path: 'src/components/corridor-share/corridor-share.ts',
      declarations: [],
      exports: [
        {
          kind: 'custom-element-definition',
          name: 'usmx-corridor-share',
          declaration: { name: 'UsmxCorridorShare' },
        },
      ],
    },
    {
      kind: 'javascript-module',
      path: 'src/internal/base-element.ts',
      declarations: [{ kind: 'class', name: 'UsmxElement' }],
    },
  ],
};

describe('customElementTags', () => {
  it('collects tags from declarations and from definitions, sorted and once each', () => {
    assert.deepEqual(customElementTags(manifest), ['usmx-corridor-share', 'usmx-homicide-trend']);
  });
  it('gives no tag for an empty or missing manifest', () => {
    assert.deepEqual(customElementTags({ modules: [] }), []);
    assert.deepEqual(customElementTags(undefined), []);
  });
});

describe('findElementDefiningFiles', () => {
  const tags = ['usmx-corridor-share', 'usmx-homicide-trend'];
  const files = new Map(
    Object.entries({
      'dist/components/homicide-trend/homicide-trend.js':
        "defineElement('usmx-homicide-trend', UsmxHomicideTrend);",
      'dist/cdn/usmx.js': 'f("usmx-homicide-trend",a);f("usmx-corridor-share",b);',
      // The shared helper registers whatever it is given: it names no tag, so it defines nothing itself.
      'dist/chunk-define.js': 'function d(t,c){customElements.get(t)||customElements.define(t,c)}',
      // Events and other usmx- strings are not tags.
      'dist/chunk-events.js': "t.dispatchEvent(new CustomEvent('usmx-ready', { detail }));",
      'dist/components/homicide-trend/homicide-trend.component.js':
        "const tag = 'usmx-homicide-trend';",
      'dist/components/homicide-trend/homicide-trend.d.ts':
        "defineElement('usmx-homicide-trend', X);",
    }).map(([path, content]) => [path, Buffer.from(content)]),
  );
  it('finds the JS files that register one of the tags', () => {
    assert.deepEqual(findElementDefiningFiles(files, tags), [
      'dist/cdn/usmx.js',
      'dist/components/homicide-trend/homicide-trend.js',
    ]);
  });
  it('finds nothing for a package without custom elements', () => {
    assert.deepEqual(findElementDefiningFiles(files, []), []);
  });
});

describe('findDefinedTags', () => {
  it('finds the tags registered with customElements.define or a define… helper, not event names', () => {
    const files = new Map(
      Object.entries({
        'dist/a.js': "defineElement('usmx-homicide-trend', UsmxHomicideTrend);",
        'dist/b.js': 'customElements.define(`usmx-group-lineage`, UsmxGroupLineage);',
        'dist/c.js': "emit(this, 'usmx-ready', detail); new CustomEvent('usmx-error', { detail });",
        'dist/d.d.ts': "defineElement('usmx-typed-only', X);",
      }).map(([path, content]) => [path, Buffer.from(content)]),
    );
    assert.deepEqual(findDefinedTags(files), ['usmx-group-lineage', 'usmx-homicide-trend']);
  });
});

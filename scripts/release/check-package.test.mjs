import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { checkPackage, formatProblem } from './check-package.mjs';

/** A data-like package that is fit to publish: one root entry and one subpath. */
function dataManifest() {
  return {
    name: '@usmx/data',
    version: '1.2.3',
    description: 'The usmx dataset.',
    keywords: ['mexico', 'homicides'],
    license: 'MIT',
    repository: {
      type: 'git',
      url: 'git+https://github.com/usmx/usmx.git',
      directory: 'packages/data',
    },
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    files: ['dist', 'README.md'],
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './homicides': { types: './dist/homicides.d.ts', import: './dist/homicides.js' },
      './package.json': './package.json',
    },
  };
}
const dataFiles = [
  'package.json',
  'README.md',
  'LICENSE',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/homicides.js',
  'dist/homicides.d.ts',
];
const dataPacked = { files: dataFiles, directory: 'packages/data' };

/** A widgets-like package: element modules with side effects, a CDN bundle, a manifest. */
function widgetsManifest() {
  return {
    ...dataManifest(),
    name: '@usmx/widgets',
    repository: {
      type: 'git',
      url: 'git+https://github.com/usmx/usmx.git',
      directory: 'packages/widgets',
    },
    files: ['dist', 'custom-elements.json', 'README.md'],
    sideEffects: ['./dist/define/*.js', './dist/cdn/*.js'],
    customElements: 'custom-elements.json',
    unpkg: './dist/cdn/usmx.js',
    jsdelivr: './dist/cdn/usmx.js',
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './homicide-trend': {
        types: './dist/define/homicide-trend.d.ts',
        import: './dist/define/homicide-trend.js',
      },
      './cdn/usmx.js': { types: './dist/cdn/usmx.d.ts', default: './dist/cdn/usmx.js' },
      './custom-elements.json': './custom-elements.json',
    },
  };
}
const widgetsPacked = {
  files: [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define/homicide-trend.js',
    'dist/define/homicide-trend.d.ts',
    'dist/cdn/usmx.js',
    'dist/cdn/usmx.d.ts',
    'dist/cdn/chunk-homicides.js',
  ],
  directory: 'packages/widgets',
  elementDefiningFiles: ['dist/define/homicide-trend.js', 'dist/cdn/usmx.js'],
  declaredTags: ['usmx-homicide-trend'],
  definedTags: ['usmx-homicide-trend'],
};

const messages = (problems) => problems.map(formatProblem);

describe('checkPackage', () => {
  it('accepts complete packages', () => {
    assert.deepEqual(checkPackage(dataManifest(), dataPacked), []);
    assert.deepEqual(checkPackage(widgetsManifest(), widgetsPacked), []);
  });

  it('names the package and the subpath when an export loses its types', () => {
    const manifest = dataManifest();
    manifest.exports['./homicides'] = { import: './dist/homicides.js' };
    assert.deepEqual(messages(checkPackage(manifest, dataPacked)), [
      '@usmx/data: exports["./homicides"].import: JS entry "./dist/homicides.js" has no "types" condition (put "types" first)',
    ]);
  });

  it('rejects a bare string JS entry, such as a CDN file exported without types', () => {
    const manifest = widgetsManifest();
    manifest.exports['./cdn/usmx.js'] = './dist/cdn/usmx.js';
    assert.deepEqual(messages(checkPackage(manifest, widgetsPacked)), [
      '@usmx/widgets: exports["./cdn/usmx.js"]: JS entry "./dist/cdn/usmx.js" has no "types" condition (put "types" first)',
    ]);
  });

  it('requires types to be the first condition and default the last', () => {
    const manifest = dataManifest();
    manifest.exports['.'] = { default: './dist/index.js', types: './dist/index.d.ts' };
    assert.deepEqual(messages(checkPackage(manifest, dataPacked)), [
      '@usmx/data: exports["."]: "types" must be the first condition, found order: default, types',
      '@usmx/data: exports["."]: "default" must be the last condition, found order: default, types',
    ]);
  });

  it('accepts types inside nested conditions and rejects a types target that is not a declaration', () => {
    const nested = dataManifest();
    nested.exports['.'] = { import: { types: './dist/index.d.ts', default: './dist/index.js' } };
    assert.deepEqual(checkPackage(nested, dataPacked), []);

    const wrong = dataManifest();
    wrong.exports['.'] = { types: './dist/index.js', import: './dist/index.js' };
    assert.deepEqual(messages(checkPackage(wrong, dataPacked)), [
      '@usmx/data: exports["."].types: "./dist/index.js" is not a declaration file (.d.ts)',
    ]);
  });

  it('reports export targets missing from the tarball, including wildcard targets', () => {
    const manifest = dataManifest();
    manifest.exports['./corridor'] = {
      types: './dist/corridor.d.ts',
      import: './dist/corridor.js',
    };
    manifest.exports['./tables/*'] = {
      types: './dist/tables/*.d.ts',
      import: './dist/tables/*.js',
    };
    assert.deepEqual(messages(checkPackage(manifest, dataPacked)), [
      '@usmx/data: exports["./corridor"].types: target "./dist/corridor.d.ts" is not in the packed tarball',
      '@usmx/data: exports["./corridor"].import: target "./dist/corridor.js" is not in the packed tarball',
      '@usmx/data: exports["./tables/*"].types: target "./dist/tables/*.d.ts" is not in the packed tarball',
      '@usmx/data: exports["./tables/*"].import: target "./dist/tables/*.js" is not in the packed tarball',
    ]);
    const withTables = {
      ...dataPacked,
      files: [...dataFiles, 'dist/tables/regions.js', 'dist/tables/regions.d.ts'],
    };
    manifest.exports['./corridor'] = {
      types: './dist/homicides.d.ts',
      import: './dist/homicides.js',
    };
    assert.deepEqual(checkPackage(manifest, withTables), []);
  });

  it('reports a missing exports map and missing metadata fields, one problem each', () => {
    const manifest = dataManifest();
    for (const field of ['exports', 'files', 'engines', 'repository', 'license', 'keywords'])
      delete manifest[field];
    manifest.sideEffects = true;
    assert.deepEqual(messages(checkPackage(manifest, dataPacked)), [
      '@usmx/data: license: missing: give an SPDX identifier',
      '@usmx/data: keywords: missing: give a non-empty list of search words',
      '@usmx/data: engines: missing "node" range',
      '@usmx/data: repository: missing: give { type, url, directory }',
      '@usmx/data: files: missing: list what the tarball ships (an allow-list keeps sources and tests out)',
      '@usmx/data: exports: missing: every public package needs an "exports" map',
      '@usmx/data: sideEffects: must be false (no module defines a custom element), found true',
    ]);
  });

  it('requires the license text inside the tarball (npm does not take the root LICENSE)', () => {
    const bare = { ...dataPacked, files: dataFiles.filter((f) => f !== 'LICENSE') };
    assert.deepEqual(messages(checkPackage(dataManifest(), bare)), [
      '@usmx/data: license: no LICENSE file in the tarball: copy the license text into the package folder',
    ]);
    const licenceMd = { ...dataPacked, files: [...bare.files, 'LICENSE.md'] };
    assert.deepEqual(messages(checkPackage(dataManifest(), licenceMd)), []);
  });

  it('requires the repository directory to be the package folder', () => {
    const manifest = dataManifest();
    manifest.repository.directory = 'packages/indicators';
    assert.deepEqual(messages(checkPackage(manifest, dataPacked)), [
      '@usmx/data: repository: directory must be "packages/data", found "packages/indicators"',
    ]);
  });

  it('refuses a manifest that would send the release to a fixed registry', () => {
    const manifest = dataManifest();
    manifest.publishConfig = { registry: 'https://registry.example.org/' };
    assert.deepEqual(messages(checkPackage(manifest, dataPacked)), [
      '@usmx/data: publishConfig: must not name a registry: releases choose the registry explicitly',
    ]);
  });

  it('reports test files and credentials in the tarball', () => {
    const packed = { ...dataPacked, files: [...dataFiles, 'dist/index.test.js', '.npmrc'] };
    assert.deepEqual(messages(checkPackage(dataManifest(), packed)), [
      '@usmx/data: files: the tarball ships a test file: dist/index.test.js',
      '@usmx/data: files: the tarball ships a credentials file: .npmrc',
    ]);
  });

  it('requires element-defining modules to be listed in sideEffects', () => {
    const manifest = widgetsManifest();
    manifest.sideEffects = false;
    assert.deepEqual(messages(checkPackage(manifest, widgetsPacked)), [
      '@usmx/widgets: sideEffects: must list the modules that define custom elements (dist/define/homicide-trend.js, dist/cdn/usmx.js), found false',
    ]);
    manifest.sideEffects = ['./dist/define/*.js'];
    assert.deepEqual(messages(checkPackage(manifest, widgetsPacked)), [
      '@usmx/widgets: sideEffects: "dist/cdn/usmx.js" defines a custom element but is not listed',
    ]);
  });

  it('requires customElements, unpkg and jsdelivr for a package of custom elements', () => {
    const manifest = widgetsManifest();
    delete manifest.customElements;
    delete manifest.jsdelivr;
    manifest.unpkg = './dist/cdn/missing.js';
    assert.deepEqual(messages(checkPackage(manifest, widgetsPacked)), [
      '@usmx/widgets: customElements: missing: the package defines custom elements, point it at custom-elements.json',
      '@usmx/widgets: unpkg: "./dist/cdn/missing.js" is not in the packed tarball',
      '@usmx/widgets: jsdelivr: missing: point it at the CDN script that loads every element',
    ]);
  });

  it('reads sideEffects globs as bundlers do: * stays inside a folder, ** crosses folders', () => {
    const manifest = widgetsManifest();
    const packed = {
      ...widgetsPacked,
      files: [...widgetsPacked.files, 'dist/cdn/chunks/homicide-trend.js'],
      elementDefiningFiles: [
        ...widgetsPacked.elementDefiningFiles,
        'dist/cdn/chunks/homicide-trend.js',
      ],
    };
    assert.deepEqual(messages(checkPackage(manifest, packed)), [
      '@usmx/widgets: sideEffects: "dist/cdn/chunks/homicide-trend.js" defines a custom element but is not listed',
    ]);
    manifest.sideEffects = ['./dist/define/*.js', './dist/cdn/**/*.js'];
    assert.deepEqual(checkPackage(manifest, packed), []);
    manifest.sideEffects = ['homicide-trend.js', 'usmx.js'];
    assert.deepEqual(checkPackage(manifest, packed), []);
  });

  it('reports stale sideEffects patterns into published folders only', () => {
    const manifest = widgetsManifest();
    manifest.sideEffects = [
      ...manifest.sideEffects,
      './dist/define/gone.js',
      './src/components/*/*.ts',
    ];
    assert.deepEqual(messages(checkPackage(manifest, widgetsPacked)), [
      '@usmx/widgets: sideEffects: pattern "./dist/define/gone.js" matches no file in the tarball',
    ]);
  });

  it('requires custom-elements.json to declare every tag the code defines', () => {
    const packed = { ...widgetsPacked, declaredTags: [], definedTags: ['usmx-homicide-trend'] };
    assert.deepEqual(messages(checkPackage(widgetsManifest(), packed)), [
      '@usmx/widgets: customElements: <usmx-homicide-trend> is defined but custom-elements.json has no class with tagName "usmx-homicide-trend"',
    ]);
    const nothing = {
      ...widgetsPacked,
      declaredTags: [],
      definedTags: [],
      elementDefiningFiles: [],
    };
    assert.deepEqual(messages(checkPackage(widgetsManifest(), nothing)), [
      '@usmx/widgets: customElements: custom-elements.json declares no custom element (no class has a tagName)',
    ]);
  });
});

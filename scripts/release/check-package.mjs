// Checks a public package's manifest against the files its tarball really contains.
// Pure: no file system, no network; the caller packs the package and passes the file list.

const JS_FILE = /\.(?:m|c)?js$/;
const TYPES_FILE = /\.d\.(?:m|c)?ts$/;
const SHIPPED_BY_MISTAKE = [
  [/(?:^|\/)[^/]+\.(?:test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/(?:^|\/)(?:test-results|coverage|node_modules|\.turbo)\//, 'a build or test artifact'],
  [/(?:^|\/)\.npmrc$|(?:^|\/)\.env(?:\.|$)/, 'a credentials file'],
  [/(?:^|\/)tsconfig(?:\.[\w-]+)?\.json$/, 'a tsconfig'],
];

/**
 * One problem with a package's metadata.
 * @typedef {{ packageName: string, field: string, message: string }} PackageProblem
 */

/** Turns a problem into the line printed by `pnpm release:verify`. */
export function formatProblem({ packageName, field, message }) {
  return `${packageName}: ${field}: ${message}`;
}

function normalize(path) {
  return path.replace(/^\.\//, '');
}

const escapeRegExp = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Does an `exports` target (whose `*` stands for any string, `/` included) match a packed file? */
function matchesAnyFile(pattern, files) {
  if (!pattern.includes('*')) return files.has(pattern);
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
  return [...files].some((file) => regex.test(file));
}

/**
 * A `sideEffects` glob as bundlers read it: `**` crosses folders, `*` stays inside one, and a
 * pattern without `/` matches a file name in any folder.
 */
function sideEffectsRegExp(pattern) {
  const glob = pattern.includes('/') ? normalize(pattern) : `**/${pattern}`;
  const source = glob
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      return escapeRegExp(part);
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Walks one `exports` entry (a target string, a conditions object, or an array of fallbacks) and
 * reports: targets that are not relative or not in the tarball, a JS target that no `types`
 * condition covers, `types` that is not the first condition or not a declaration file, and a
 * `default` condition that is not the last one.
 */
function checkExportTarget(target, { at, typesCovered, files, report }) {
  if (target === null) return;
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      report(at, `target "${target}" must be a relative path starting with "./"`);
      return;
    }
    if (!matchesAnyFile(normalize(target), files)) {
      report(at, `target "${target}" is not in the packed tarball`);
    }
    if (JS_FILE.test(target) && !typesCovered) {
      report(at, `JS entry "${target}" has no "types" condition (put "types" first)`);
    }
    return;
  }
  if (Array.isArray(target)) {
    target.forEach((item, index) =>
      checkExportTarget(item, { at: `${at}[${index}]`, typesCovered, files, report }),
    );
    return;
  }
  if (typeof target !== 'object') {
    report(at, `unexpected value ${JSON.stringify(target)}`);
    return;
  }
  const conditions = Object.keys(target);
  if (conditions.some((key) => key.startsWith('.'))) {
    report(at, 'mixes subpaths and conditions');
    return;
  }
  const hasTypes = conditions.includes('types');
  if (hasTypes && conditions[0] !== 'types') {
    report(at, `"types" must be the first condition, found order: ${conditions.join(', ')}`);
  }
  if (conditions.includes('default') && conditions.at(-1) !== 'default') {
    report(at, `"default" must be the last condition, found order: ${conditions.join(', ')}`);
  }
  for (const condition of conditions) {
    const value = target[condition];
    const path = `${at}.${condition}`;
    if (condition === 'types') {
      if (typeof value === 'string' && !TYPES_FILE.test(value)) {
        report(path, `"${value}" is not a declaration file (.d.ts)`);
      }
      checkExportTarget(value, { at: path, typesCovered: true, files, report });
      continue;
    }
    checkExportTarget(value, { at: path, typesCovered: typesCovered || hasTypes, files, report });
  }
}

function checkExports(manifest, files, report) {
  const { exports } = manifest;
  if (exports === undefined) {
    report('exports', 'missing: every public package needs an "exports" map');
    return;
  }
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) {
    checkExportTarget(exports, { at: 'exports', typesCovered: false, files, report });
    return;
  }
  const keys = Object.keys(exports);
  if (!keys.every((key) => key.startsWith('.'))) {
    checkExportTarget(exports, { at: 'exports', typesCovered: false, files, report });
    return;
  }
  if (!keys.includes('.')) report('exports', 'has no "." entry');
  for (const key of keys) {
    checkExportTarget(exports[key], {
      at: `exports["${key}"]`,
      typesCovered: false,
      files,
      report,
    });
  }
}

function checkFilePointer(manifest, field, files, report) {
  const value = manifest[field];
  if (value === undefined) return;
  if (typeof value !== 'string' || !files.has(normalize(value))) {
    report(field, `"${value}" is not in the packed tarball`);
  }
}

function checkSideEffects(manifest, files, elementDefiningFiles, report) {
  const { sideEffects } = manifest;
  if (elementDefiningFiles.length === 0 && manifest.customElements === undefined) {
    if (sideEffects !== false) {
      report(
        'sideEffects',
        `must be false (no module defines a custom element), found ${JSON.stringify(sideEffects)}`,
      );
    }
    return;
  }
  if (!Array.isArray(sideEffects)) {
    report(
      'sideEffects',
      `must list the modules that define custom elements (${elementDefiningFiles.join(', ') || 'none found'}), found ${JSON.stringify(sideEffects)}`,
    );
    return;
  }
  const patterns = sideEffects.map((pattern) => ({ pattern, regex: sideEffectsRegExp(pattern) }));
  // A pattern into a published folder that matches nothing is stale; one into a folder that is not
  // published (such as ./src/, for the repository's own bundler builds) is left alone.
  for (const { pattern, regex } of patterns) {
    const folder = pattern.includes('/') ? `${normalize(pattern).split('/')[0]}/` : '';
    const published = [...files].some((file) => file.startsWith(folder));
    if (published && ![...files].some((file) => regex.test(file))) {
      report('sideEffects', `pattern "${pattern}" matches no file in the tarball`);
    }
  }
  for (const file of elementDefiningFiles) {
    if (!patterns.some(({ regex }) => regex.test(file))) {
      report('sideEffects', `"${file}" defines a custom element but is not listed`);
    }
  }
}

function checkCustomElements(manifest, files, tags, report) {
  const { elementDefiningFiles, declaredTags, definedTags } = tags;
  const definesElements = elementDefiningFiles.length > 0 || definedTags.length > 0;
  if (!definesElements && manifest.customElements === undefined) return;
  const path = manifest.customElements;
  if (path === undefined) {
    report(
      'customElements',
      'missing: the package defines custom elements, point it at custom-elements.json',
    );
  } else if (typeof path !== 'string' || !files.has(normalize(path))) {
    report('customElements', `"${path}" is not in the packed tarball`);
  } else {
    for (const tag of definedTags.filter((tag) => !declaredTags.includes(tag))) {
      report(
        'customElements',
        `<${tag}> is defined but ${path} has no class with tagName "${tag}"`,
      );
    }
    if (declaredTags.length === 0 && definedTags.length === 0) {
      report('customElements', `${path} declares no custom element (no class has a tagName)`);
    }
  }
  for (const field of ['unpkg', 'jsdelivr']) {
    const value = manifest[field];
    if (value === undefined) {
      report(field, 'missing: point it at the CDN script that loads every element');
    } else if (typeof value !== 'string' || !JS_FILE.test(value)) {
      report(field, `"${value}" is not a JavaScript file`);
    } else {
      checkFilePointer(manifest, field, files, report);
    }
  }
  if (
    manifest.unpkg !== undefined &&
    manifest.jsdelivr !== undefined &&
    manifest.unpkg !== manifest.jsdelivr
  ) {
    report('jsdelivr', `"${manifest.jsdelivr}" differs from unpkg "${manifest.unpkg}"`);
  }
}

/**
 * Checks a public package's package.json against its packed file list.
 *
 * @param {Record<string, unknown>} manifest the package.json as published
 * @param {{ files: Iterable<string>, directory: string, elementDefiningFiles?: string[],
 *   declaredTags?: string[], definedTags?: string[] }} packed
 *   `files`: paths inside the tarball (without the `package/` prefix); `directory`: the package's
 *   folder relative to the repository root; `elementDefiningFiles`: packed JS files that register a
 *   custom element; `declaredTags`: the tag names its custom-elements.json declares;
 *   `definedTags`: the tag names its code registers.
 * @returns {PackageProblem[]} every problem found; empty when the package is fit to publish.
 * @example
 * checkPackage({ name: '@usmx/data', exports: { '.': { import: './dist/index.js' } } },
 *   { files: ['dist/index.js', 'package.json'], directory: 'packages/data' });
 * // -> [{ packageName: '@usmx/data', field: 'exports["."].import',
 * //       message: 'JS entry "./dist/index.js" has no "types" condition (put "types" first)' }, ...]
 */
export function checkPackage(
  manifest,
  { files, directory, elementDefiningFiles = [], declaredTags = [], definedTags = [] },
) {
  const packageName =
    typeof manifest.name === 'string' ? manifest.name : `(unnamed package in ${directory})`;
  const problems = [];
  const report = (field, message) => problems.push({ packageName, field, message });
  const packed = new Set([...files].map(normalize));

  if (!/^@usmx\/[a-z0-9-]+$/.test(String(manifest.name)))
    report('name', `"${manifest.name}" is not an @usmx/ package name`);
  if (!/^\d+\.\d+\.\d+(?:-[\w.-]+)?$/.test(String(manifest.version)))
    report('version', `"${manifest.version}" is not a semver version`);
  if (manifest.private === true) report('private', 'a public package must not be private');
  if (manifest.type !== 'module')
    report('type', `must be "module" (ESM only), found ${JSON.stringify(manifest.type)}`);
  if (typeof manifest.description !== 'string' || manifest.description.trim() === '')
    report('description', 'missing');
  if (typeof manifest.license !== 'string' || manifest.license.trim() === '')
    report('license', 'missing: give an SPDX identifier');
  // npm packs a LICENSE from the package folder only, never from the repository root.
  if (![...packed].some((file) => /^licen[cs]e(\.(md|txt))?$/i.test(file)))
    report(
      'license',
      'no LICENSE file in the tarball: copy the license text into the package folder',
    );

  const { keywords } = manifest;
  if (
    !Array.isArray(keywords) ||
    keywords.length === 0 ||
    !keywords.every((k) => typeof k === 'string' && k !== '')
  ) {
    report('keywords', 'missing: give a non-empty list of search words');
  }

  const node = manifest.engines?.node;
  if (typeof node !== 'string' || node.trim() === '') report('engines', 'missing "node" range');

  const { repository } = manifest;
  if (typeof repository !== 'object' || repository === null) {
    report('repository', 'missing: give { type, url, directory }');
  } else {
    if (typeof repository.url !== 'string' || repository.url === '')
      report('repository', 'missing url');
    if (repository.directory !== directory) {
      report(
        'repository',
        `directory must be "${directory}", found ${JSON.stringify(repository.directory)}`,
      );
    }
  }

  if (manifest.publishConfig?.registry !== undefined) {
    report('publishConfig', 'must not name a registry: releases choose the registry explicitly');
  }
  if (manifest.publishConfig?.access !== undefined && manifest.publishConfig.access !== 'public') {
    report('publishConfig', `access must be "public", found "${manifest.publishConfig.access}"`);
  }

  for (const [dependency, range] of Object.entries({
    ...manifest.dependencies,
    ...manifest.peerDependencies,
  })) {
    if (/^(?:file|link|portal):/.test(String(range))) {
      report('dependencies', `"${dependency}": "${range}" cannot be installed from a registry`);
    }
  }

  const { files: filesField } = manifest;
  if (!Array.isArray(filesField) || filesField.length === 0) {
    report(
      'files',
      'missing: list what the tarball ships (an allow-list keeps sources and tests out)',
    );
  }
  for (const file of packed) {
    for (const [pattern, what] of SHIPPED_BY_MISTAKE) {
      if (pattern.test(file)) report('files', `the tarball ships ${what}: ${file}`);
    }
  }
  if (![...packed].some((file) => /^readme(?:\.md)?$/i.test(file)))
    report('files', 'the tarball has no README');

  checkExports(manifest, packed, report);
  for (const field of ['main', 'module', 'types', 'typings'])
    checkFilePointer(manifest, field, packed, report);
  checkSideEffects(manifest, packed, elementDefiningFiles.map(normalize), report);
  checkCustomElements(
    manifest,
    packed,
    { elementDefiningFiles: elementDefiningFiles.map(normalize), declaredTags, definedTags },
    report,
  );
  return problems;
}

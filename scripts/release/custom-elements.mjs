// Finds the custom elements a package declares (custom-elements.json) and registers (its code).

/** Tag names declared in a custom-elements.json manifest. */
export function customElementTags(customElementsManifest) {
  const tags = new Set();
  for (const module of customElementsManifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) tags.add(declaration.tagName);
    }
    for (const exported of module.exports ?? []) {
      if (exported.kind === 'custom-element-definition' && exported.name) tags.add(exported.name);
    }
  }
  return [...tags].sort();
}

const JS_MODULE = /\.m?js$/;

/**
 * Tag names that the packed code registers by name: `customElements.define('usmx-x', …)` or a
 * helper named `define…('usmx-x', …)` (found in the readable library build, not in minified code).
 */
export function findDefinedTags(files) {
  const call = /(?:customElements\.define|\bdefine[A-Z]\w*)\(\s*(["'`])(usmx-[a-z0-9-]+)\1\s*,/g;
  const tags = new Set();
  for (const [path, content] of files) {
    if (!JS_MODULE.test(path)) continue;
    for (const match of content.toString('utf8').matchAll(call)) tags.add(match[2]);
  }
  return [...tags].sort();
}

/**
 * Packed JS files that register a custom element: a call whose first argument is one of `tags`
 * (`customElements.define('usmx-x', …)`, a helper such as `defineElement('usmx-x', …)`, or its
 * minified form `e("usmx-x",t)`).
 */
export function findElementDefiningFiles(files, tags) {
  if (tags.length === 0) return [];
  const call = /\(\s*(["'`])(usmx-[a-z0-9-]+)\1\s*,/g;
  const defining = [];
  for (const [path, content] of files) {
    if (!JS_MODULE.test(path)) continue;
    for (const match of content.toString('utf8').matchAll(call)) {
      if (tags.includes(match[2])) {
        defining.push(path);
        break;
      }
    }
  }
  return defining.sort();
}

/**
 * `usmx.js`, the autoloader: it finds the usmx tags of the page, those there when it runs and those
 * added later, and imports the code of those tags only, each once, from the files beside it.
 */

/**
 * Tag -> the files of its static import graph, relative to this script, its entry first. Written by
 * scripts/build-cdn.ts from the build of every widget in dist/cdn/auto/, where Lit and the base
 * element are chunks the widgets share. All of a tag's files are imported at once, so the browser
 * fetches them in parallel instead of finding each import only once its importer has arrived.
 */
declare const __USMX_FILES__: Record<string, string[]>;
const files = __USMX_FILES__;

const loading = new Map<string, Promise<unknown>>();

/** Imports the code of `tag`, once: every file of its graph at the same time. */
function load(tag: string): Promise<unknown> {
  let loaded = loading.get(tag);
  if (!loaded) {
    loaded = Promise.all(
      files[tag]!.map((file) => import(/* @vite-ignore */ new URL(file, import.meta.url).href)),
    );
    loading.set(tag, loaded);
  }
  return loaded;
}

/** Loads the undefined usmx tags in `root` (and `root` itself when it is one). */
function scan(root: ParentNode): Promise<unknown> {
  const tags = new Set<string>();
  for (const element of [root, ...root.querySelectorAll(':not(:defined)')]) {
    const tag = (element as Element).localName;
    if (Object.hasOwn(files, tag) && !customElements.get(tag)) tags.add(tag);
  }
  return Promise.all([...tags].map(load));
}

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) scan(node).catch(warn);
});

function warn(error: unknown): void {
  console.error('usmx: a widget could not be loaded', error);
}

/**
 * Loads the usmx tags inside `root` and those added to it later. The autoloader watches the
 * document by itself; call this for a shadow root your page owns, which the document's observer
 * does not see.
 *
 * @returns a promise that settles once the code of the tags found now has loaded (it rejects when
 *   a file cannot be fetched).
 * @example
 * import { discover } from 'https://cdn.jsdelivr.net/npm/@usmx/widgets@0/dist/cdn/usmx.js';
 * const root = host.attachShadow({ mode: 'open' });
 * root.innerHTML = '<usmx-claim></usmx-claim>';
 * await discover(root);
 */
export async function discover(root: Document | ShadowRoot | Element): Promise<void> {
  observer.observe(root, { childList: true, subtree: true });
  await scan(root);
}

discover(document).catch(warn);

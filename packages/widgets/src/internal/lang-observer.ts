const callbacks = new Map<Element, () => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` attribute changes in `element`'s document, or in any shadow
 * root the element sits in, until the returned function is called. One observer serves every
 * widget on the page, and stops when the last one leaves.
 */
export function observeLang(element: Element, onChange: () => void): () => void {
  observer ??= new MutationObserver(() => {
    for (const callback of callbacks.values()) callback();
  });
  callbacks.set(element, onChange);
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
    if (!(root instanceof ShadowRoot)) break;
  }
  return () => {
    callbacks.delete(element);
    if (callbacks.size > 0) return;
    observer?.disconnect();
    observer = undefined;
  };
}

const callbacks = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever the page may have changed the widget's language or colour scheme: a
 * `lang` attribute changes in `element`'s document or in a shadow root the element sits in, an
 * attribute of `<html>` or `<body>` changes (a dark-mode switch sets a class, a style or a
 * `data-theme` there), or a `<meta name="color-scheme">` does. Stops when the returned function is
 * called. One observer serves every widget on the page (each may ask more than once, for its
 * language and for its colour scheme), and stops when the last one leaves.
 */
export function observePage(element: Element, onChange: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const callback of callbacks) callback();
    });
    const { documentElement, head, body } = element.ownerDocument;
    observer.observe(documentElement, { attributes: true });
    if (body) observer.observe(body, { attributes: true });
    if (head) observer.observe(head, { subtree: true, childList: true, attributes: true });
  }
  callbacks.add(onChange);
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
    if (!(root instanceof ShadowRoot)) break;
  }
  return () => {
    callbacks.delete(onChange);
    if (callbacks.size > 0) return;
    observer?.disconnect();
    observer = undefined;
  };
}

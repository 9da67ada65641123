/**
 * Calls `load` once and keeps its promise for later calls (calls it again after a failure).
 * Awaiting a settled promise takes a microtask, while a dynamic `import()`, even of a module that
 * is already loaded, waits for a task in Chromium: time in which the page may paint the widget's
 * busy state. Every widget after the first, and every redraw, skips that wait.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

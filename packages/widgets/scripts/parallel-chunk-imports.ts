import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** A chunk as the bundler gives it: its file and the files it imports statically. */
interface ChunkImports {
  readonly fileName: string;
  readonly imports: readonly string[];
}

/**
 * The files `fileName` imports statically, transitively, among `chunks` (file name -> chunk), added
 * to `seen`, which it returns.
 */
export function staticImports(
  chunks: ReadonlyMap<string, ChunkImports>,
  fileName: string,
  seen = new Set<string>(),
): Set<string> {
  for (const dep of chunks.get(fileName)?.imports ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    staticImports(chunks, dep, seen);
  }
  return seen;
}

/**
 * Lets a lazily loaded chunk's own static imports download with it, as Vite's module preload does
 * for apps (and not for library builds): each `import("./x.js")` becomes
 * `Promise.all([import("./x.js"), import("./y.js"), …]).then((m) => m[0])`, where `y.js` are the
 * chunks `x.js` imports statically, transitively, that the importing chunk has not loaded already.
 * Without it the browser learns of `y.js` only once `x.js` has arrived: one more round trip.
 * Importing `y.js` early changes nothing else: a module runs once, after its own imports.
 */
export function parallelChunkImports(): Plugin {
  return {
    name: 'usmx:parallel-chunk-imports',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [[file.fileName, file] as const] : [],
        ),
      );
      for (const chunk of chunks.values()) {
        const loaded = staticImports(chunks, chunk.fileName).add(chunk.fileName);
        const relative = (fileName: string) => {
          const path = posix.relative(posix.dirname(chunk.fileName), fileName);
          return path.startsWith('.') ? path : `./${path}`;
        };
        for (const target of chunk.dynamicImports) {
          const deps = [...staticImports(chunks, target)].filter((dep) => !loaded.has(dep));
          if (deps.length === 0) continue;
          const specifier = relative(target);
          const call = new RegExp(
            `import\\(([\`"'])${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\)`,
            'g',
          );
          const parallel = `Promise.all([${[specifier, ...deps.map(relative)].map((path) => `import(${JSON.stringify(path)})`).join(',')}]).then(m=>m[0])`;
          chunk.code = chunk.code.replace(call, parallel);
        }
      }
    },
  };
}

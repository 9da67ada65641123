import { describe, expect, it } from 'vitest';
import { parallelChunkImports } from '../scripts/parallel-chunk-imports.js';

type Chunk = {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: string[];
  dynamicImports: string[];
};

const chunk = (
  fileName: string,
  code: string,
  imports: string[] = [],
  dynamicImports: string[] = [],
): Chunk => ({
  type: 'chunk',
  fileName,
  code,
  imports,
  dynamicImports,
});

/** Runs the plugin's generateBundle on `chunks` and returns their code by file name. */
function rewrite(chunks: Chunk[]): Record<string, string> {
  const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  const hook = parallelChunkImports().generateBundle as (o: unknown, b: unknown) => void;
  hook.call({}, {}, bundle);
  return Object.fromEntries(chunks.map((c) => [c.fileName, c.code]));
}

describe('parallelChunkImports', () => {
  it('imports a lazy chunk with every chunk it imports statically, transitively, at once', () => {
    const code = rewrite([
      chunk('widget.js', 'let a=()=>import(`./chunks/lazy-1.js`);', [], ['chunks/lazy-1.js']),
      chunk('chunks/lazy-1.js', 'import"./shared-2.js";', ['chunks/shared-2.js']),
      chunk('chunks/shared-2.js', 'import"./deep-3.js";', ['chunks/deep-3.js']),
      chunk('chunks/deep-3.js', ''),
    ]);
    expect(code['widget.js']).toBe(
      'let a=()=>Promise.all([import("./chunks/lazy-1.js"),import("./chunks/shared-2.js"),import("./chunks/deep-3.js")]).then(m=>m[0]);',
    );
  });

  it('leaves out what the importer has loaded already, and imports with nothing to add', () => {
    const code = rewrite([
      chunk(
        'widget.js',
        'import"./chunks/shared-2.js";import("./chunks/lazy-1.js");import(\'./chunks/data-4.js\')',
        ['chunks/shared-2.js'],
        ['chunks/lazy-1.js', 'chunks/data-4.js'],
      ),
      chunk('chunks/lazy-1.js', '', ['chunks/shared-2.js', 'widget.js']),
      chunk('chunks/shared-2.js', ''),
      chunk('chunks/data-4.js', ''),
    ]);
    expect(code['widget.js']).toBe(
      'import"./chunks/shared-2.js";import("./chunks/lazy-1.js");import(\'./chunks/data-4.js\')',
    );
  });

  it('writes paths relative to the importing chunk', () => {
    const code = rewrite([
      chunk('chunks/a.js', 'import(`./data/b.js`)', [], ['chunks/data/b.js']),
      chunk('chunks/data/b.js', '', ['chunks/c.js']),
      chunk('chunks/c.js', ''),
    ]);
    expect(code['chunks/a.js']).toBe(
      'Promise.all([import("./data/b.js"),import("./c.js")]).then(m=>m[0])',
    );
  });
});

import type { Options } from 'tsup';

/**
 * The build every usmx package shares: ESM only, with type declarations, split into shared chunks
 * and tree-shaken, for ES2022. Each package's `tsup.config.ts` adds its entries and what stays
 * external.
 */
export const baseOptions: Options = {
  format: ['esm'],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
};

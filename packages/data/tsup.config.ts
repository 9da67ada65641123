import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    homicides: 'src/homicides/index.ts',
    corridor: 'src/corridor.ts',
    groups: 'src/groups.ts',
    claims: 'src/claims.ts',
    sources: 'src/sources.ts',
    schemas: 'src/schemas/index.ts',
    parsers: 'src/parsers/index.ts',
    csv: 'src/csv.ts',
    patterns: 'src/patterns.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
});

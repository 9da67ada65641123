import { defineConfig } from 'tsup';
import { baseOptions } from '../../scripts/tsup-base.js';

export default defineConfig({
  ...baseOptions,
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
});

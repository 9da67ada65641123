import { defineConfig } from 'tsup';
import { baseOptions } from '../../scripts/tsup-base.js';

export default defineConfig({
  ...baseOptions,
  entry: {
    index: 'src/index.ts',
    errors: 'src/errors-entry.ts',
    'homicide-trend/index': 'src/homicide-trend/index.ts',
    // not a package export: an entry of its own keeps the zod-free trend (homicideTrendOfValidRows)
    // in a chunk apart from homicideTrend's schema, so a bundle that uses only it loads no zod
    'homicide-trend/trend': 'src/homicide-trend/trend.ts',
    'corridor-share/index': 'src/corridor-share/index.ts',
    'splinter-count/index': 'src/splinter-count/index.ts',
    'claims/index': 'src/claims/index.ts',
  },
  external: [/^@usmx\/data(\/.*)?$/],
});

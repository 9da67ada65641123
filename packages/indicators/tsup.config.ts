import { defineConfig } from 'tsup';
import { baseOptions } from '../../scripts/tsup-base.js';

export default defineConfig({
  ...baseOptions,
  entry: {
    index: 'src/index.ts',
    errors: 'src/errors-entry.ts',
    'homicide-trend/index': 'src/homicide-trend/index.ts',
    'corridor-share/index': 'src/corridor-share/index.ts',
    'splinter-count/index': 'src/splinter-count/index.ts',
    'claims/index': 'src/claims/index.ts',
  },
  external: [/^@usmx\/data(\/.*)?$/],
});

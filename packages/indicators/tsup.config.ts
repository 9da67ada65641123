import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    errors: 'src/errors-entry.ts',
    'homicide-trend/index': 'src/homicide-trend/index.ts',
    'corridor-share/index': 'src/corridor-share/index.ts',
    'splinter-count/index': 'src/splinter-count/index.ts',
    'claims/index': 'src/claims/index.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  external: [/^@usmx\/data(\/.*)?$/],
});

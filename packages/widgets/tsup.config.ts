import { defineConfig } from 'tsup';
import { baseOptions } from '../../scripts/tsup-base.js';

const widgets = ['homicide-trend', 'corridor-share', 'splinter-count', 'group-lineage', 'claim'];

/** Library build: one ESM entry per class module and per define module; lit and @usmx/* stay external. */
export default defineConfig({
  ...baseOptions,
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(
      widgets.flatMap((name) => [
        [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
        [`components/${name}/${name}.component`, `src/components/${name}/${name}.component.ts`],
      ]),
    ),
  },
  external: ['lit', /^lit\//, /^@usmx\//],
});

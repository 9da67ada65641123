/** Generates custom-elements.json from the JSDoc above each component class. */
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/base-element.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
};

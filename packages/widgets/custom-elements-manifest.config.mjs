/**
 * Drops private and protected members (`#fail`, `load`, `layout`...) that the Lit plugin would list:
 * the manifest documents the public API only.
 */
const dropInternalMembers = {
  name: 'usmx-drop-internal-members',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members)
          declaration.members = declaration.members.filter(
            (m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.privacy !== 'protected',
          );
      }
    }
  },
};

/** Generates custom-elements.json from the JSDoc above each component class. */
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/base-element.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInternalMembers],
};

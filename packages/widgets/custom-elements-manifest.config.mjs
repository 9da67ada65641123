/**
 * Drops internal reactive state (`_state`, `_width`...) that the Lit plugin would list as
 * attributes and members: the manifest documents the public API only.
 */
const dropInternalState = {
  name: 'usmx-drop-internal-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
        if (declaration.members)
          declaration.members = declaration.members.filter(
            (m) =>
              !m.name.startsWith('_') &&
              !m.name.startsWith('#') &&
              m.privacy !== 'private' &&
              m.privacy !== 'protected',
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
  plugins: [dropInternalState],
};

/** The parts of a custom-elements.json (schema 2.x) that the docs read. */
export interface Manifest {
  schemaVersion?: string;
  modules: Array<{ path: string; declarations?: Declaration[]; exports?: unknown[] }>;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: Array<{ name: string; fieldName?: string; type?: { text: string } }>;
  members?: Array<{ kind: string; name: string; attribute?: string }>;
  [key: string]: unknown;
}

/**
 * The manifest as Storybook's controls should read it. Storybook lists attributes and properties
 * side by side; here a property that mirrors an attribute (`asOf` for `as-of`) is listed once, as
 * the attribute the HTML snippet uses, and an optional attribute (`string | undefined`) gets the
 * control of its value type (text), not an object editor.
 */
export function docsManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.tagName) return declaration;
        const attributes = (declaration.attributes ?? []).map((attribute) =>
          attribute.type
            ? {
                ...attribute,
                type: { text: attribute.type.text.replace(/\s*\|\s*undefined$/, '') },
              }
            : attribute,
        );
        const mirrored = new Set(
          attributes.flatMap((attribute) => [attribute.name, attribute.fieldName ?? '']),
        );
        const members = (declaration.members ?? []).filter(
          (member) => member.attribute === undefined && !mirrored.has(member.name),
        );
        return { ...declaration, attributes, members };
      }),
    })),
  };
}

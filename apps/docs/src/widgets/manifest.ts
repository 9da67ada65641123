/** The parts of a custom-elements.json (schema 2.x) that the docs read. */
export interface Manifest {
  schemaVersion?: string;
  modules: Array<{ path: string; declarations?: Declaration[]; exports?: unknown[] }>;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  attributes?: Array<{ name: string; fieldName?: string; type?: { text: string } }>;
  members?: Array<{
    kind: string;
    name: string;
    privacy?: string;
    attribute?: string;
    static?: boolean;
  }>;
  [key: string]: unknown;
}

/** Class name to tag name, the convention of every usmx widget: `UsmxHomicideTrend` is `<usmx-homicide-trend>`. */
export function tagNameOf(className: string): string {
  return className.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

const isInternal = (name: string) => name.startsWith('_') || name.startsWith('#');

/**
 * The manifest as the docs show it: each widget class (a subclass of `UsmxElement`) carries its tag,
 * so Storybook finds it; and only the public API is listed: no internal reactive state, no methods,
 * no property that merely mirrors an attribute already listed, and attribute types without the
 * `| undefined` of an unset attribute.
 */
export function docsManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (declaration.kind !== 'class' || declaration.superclass?.name !== 'UsmxElement')
          return declaration;
        // An absent attribute is simply unset: `string | undefined` is a text control.
        const attributes = (declaration.attributes ?? [])
          .filter((attribute) => !isInternal(attribute.name))
          .map((attribute) =>
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
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            (member.privacy ?? 'public') === 'public' &&
            !isInternal(member.name) &&
            member.attribute === undefined &&
            !mirrored.has(member.name),
        );
        return {
          ...declaration,
          tagName: declaration.tagName ?? tagNameOf(declaration.name),
          customElement: true,
          attributes,
          members,
        };
      }),
    })),
  };
}

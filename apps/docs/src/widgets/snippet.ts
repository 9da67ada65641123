import widgetsPackage from '@usmx/widgets/package.json';

/** Attribute name to value; `undefined`, `null` and `''` leave the attribute out. */
export type WidgetAttributes = Record<string, string | number | boolean | null | undefined>;

/** Address of a CDN bundle of the published `@usmx/widgets` version these docs were built with. */
export function cdnUrl(bundle = 'usmx.js'): string {
  return `https://cdn.jsdelivr.net/npm/@usmx/widgets@${widgetsPackage.version}/dist/cdn/${bundle}`;
}

/**
 * The attributes actually written, in a stable order: given order, empty values dropped, `true` as a
 * bare attribute. Values that cannot be attributes (event handlers, objects) are left out.
 */
export function presentAttributes(
  attributes: WidgetAttributes,
): Array<[name: string, value: string]> {
  return Object.entries(attributes).flatMap(([name, value]): Array<[string, string]> => {
    if (value === undefined || value === null || value === '' || value === false) return [];
    if (typeof value === 'object' || typeof value === 'function') return [];
    return [[name, value === true ? '' : String(value)]];
  });
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** `<tag a="1" b>` markup for one element, attributes escaped. */
export function elementMarkup(tag: string, attributes: WidgetAttributes): string {
  const rendered = presentAttributes(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${rendered}></${tag}>`;
}

/** Options for {@link widgetSnippet}. */
export interface SnippetOptions {
  /** Wrap the widget in a block of this maximum width in pixels, as the story shows it. */
  maxWidth?: number;
}

/**
 * The HTML a reader pastes into any page to get the same widget: the pinned CDN script of that widget,
 * then the element with its attributes.
 */
export function widgetSnippet(
  tag: string,
  attributes: WidgetAttributes,
  options: SnippetOptions = {},
): string {
  const script = `<script type="module" src="${cdnUrl(`${tag}.js`)}"></script>`;
  const element = elementMarkup(tag, attributes);
  const body =
    options.maxWidth === undefined
      ? element
      : `<div style="max-width: ${options.maxWidth}px">\n  ${element}\n</div>`;
  return `${script}\n${body}`;
}

/** Creates the element the snippet describes (setAttribute only: no markup parsing). */
export function createWidget(tag: string, attributes: WidgetAttributes): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of presentAttributes(attributes)) element.setAttribute(name, value);
  return element;
}

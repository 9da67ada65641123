/**
 * Registers `tag` unless it is already defined, so a second copy of usmx on the same page (two
 * embeds from two sites) does not throw `NotSupportedError`. Does nothing outside a browser.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}

import { describe, expect, it } from 'vitest';
import widgetsPackage from '@usmx/widgets/package.json';
import { cdnUrl, elementMarkup, widgetSnippet } from './snippet.js';

describe('widgetSnippet', () => {
  it('pins the CDN script to the widgets version and writes the element with its attributes', () => {
    const snippet = widgetSnippet('usmx-homicide-trend', { region: 'MX-CHH', 'as-of': '2017-04' });
    expect(snippet).toBe(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/@usmx/widgets@${widgetsPackage.version}/dist/cdn/usmx-homicide-trend.js"></script>\n` +
        '<usmx-homicide-trend region="MX-CHH" as-of="2017-04"></usmx-homicide-trend>',
    );
  });

  it('leaves out empty attributes and writes true as a bare attribute', () => {
    expect(elementMarkup('usmx-x', { a: undefined, b: '', c: null, d: false, e: true, f: 0 })).toBe(
      '<usmx-x e f="0"></usmx-x>',
    );
  });

  it('leaves out values that cannot be attributes (event handlers from the Actions panel, objects)', () => {
    const attributes = {
      region: 'MX',
      onUsmxReady: () => undefined,
      data: [],
    } as unknown as Parameters<typeof elementMarkup>[1];
    expect(elementMarkup('usmx-x', attributes)).toBe('<usmx-x region="MX"></usmx-x>');
  });

  it('escapes quotes, ampersands and angle brackets in values', () => {
    expect(elementMarkup('usmx-x', { src: 'a.csv?x="1"&y=<2>' })).toBe(
      '<usmx-x src="a.csv?x=&quot;1&quot;&amp;y=&lt;2>"></usmx-x>',
    );
  });

  it('wraps the element in a block of the story width when asked', () => {
    expect(widgetSnippet('usmx-x', {}, { maxWidth: 320 }).split('\n').slice(1)).toEqual([
      '<div style="max-width: 320px">',
      '  <usmx-x></usmx-x>',
      '</div>',
    ]);
  });

  it('names a semver version in the CDN address', () => {
    expect(cdnUrl()).toMatch(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@usmx\/widgets@\d+\.\d+\.\d+[^/]*\/dist\/cdn\/usmx\.js$/,
    );
  });
});

import { html, render, svg } from 'lit';
import { afterEach, expect, it } from 'vitest';
import { fileSlug, serializeSvg, svgToPng } from './download.js';

afterEach(() => document.body.replaceChildren());

function chart(): SVGSVGElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    html`<style>
        .bar {
          fill: rgb(1, 2, 3);
        }</style
      ><svg width="40" height="20" viewBox="0 0 40 20" aria-hidden="true">
        ${svg`<rect class="bar" width="10" height="10"></rect>`}
      </svg>`,
    host,
  );
  return host.querySelector('svg') as SVGSVGElement;
}

it('writes computed colours onto a standalone copy with a title', () => {
  const text = serializeSvg(chart(), 'Homicides <2017>', '#ffffff');
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  expect(doc.querySelector('title')?.textContent).toBe('Homicides <2017>');
  const bar = doc.querySelectorAll('rect')[1];
  expect(bar?.getAttribute('fill')).toBe('rgb(1, 2, 3)');
  expect(bar?.hasAttribute('class')).toBe(false);
  // the chart held Lit's part markers; the file does not
  expect(text).not.toContain('<!--');
});

it('rasterises to a PNG of twice the size', async () => {
  const blob = await svgToPng(serializeSvg(chart(), 't', '#fff'), 40, 20);
  expect(blob.type).toBe('image/png');
  const bitmap = await createImageBitmap(blob);
  expect([bitmap.width, bitmap.height]).toEqual([80, 40]);
});

it('makes file-name slugs', () => {
  expect(fileSlug('Homicidios en México, 2017')).toBe('homicidios-en-mexico-2017');
});

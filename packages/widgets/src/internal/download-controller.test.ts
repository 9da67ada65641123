import { afterEach, describe, expect, it } from 'vitest';
import { captureDownload } from '../../test/read.js';
import { mountProbe as mount, type ProbeWidget } from '../../test/probe-widget.js';
import { strictRows } from '../../test/strict-csv.js';

afterEach(() => document.body.replaceChildren());

const button = (el: ProbeWidget, kind: string) =>
  el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-action=${kind}]`);

describe('DownloadController', () => {
  it('offers the table as CSV with its citation, and the chart as SVG and PNG, named after the model', async () => {
    const el = await mount({ lang: 'es' });
    const capture = captureDownload();
    try {
      button(el, 'csv')?.click();
      await expect.poll(() => capture.names).toEqual(['probe.csv']);
      // one table: the header first, the citation in a last column of every row
      const bytes = new Uint8Array((await capture.blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
      expect(strictRows(new TextDecoder().decode(bytes))).toEqual([
        ['x', 'y', 'citation'],
        [
          'a',
          '1',
          'Probe es | Three points. | Fuente: Safe <https://example.org/a> | Fuente: Unsafe <javascript:alert(1)> | Cita: usmx probe',
        ],
      ]);
      button(el, 'svg')?.click();
      await expect.poll(() => capture.names).toEqual(['probe.csv', 'probe.svg']);
      const doc = new DOMParser().parseFromString(
        (await capture.blobs[1]?.text()) ?? '',
        'image/svg+xml',
      );
      expect(doc.querySelector('title')?.textContent).toBe('Probe es. Three points.');
      expect(doc.querySelector('.marks, [class]')).toBeNull();
      expect(doc.documentElement.getAttribute('width')).toBe(
        el.shadowRoot?.querySelector('svg.svg')?.getAttribute('width'),
      );
      button(el, 'png')?.click();
      await expect.poll(() => capture.names.at(-1)).toBe('probe.png');
      expect(capture.blobs.at(-1)?.type).toBe('image/png');
    } finally {
      capture.restore();
    }
  });

  it('announces a failed download in the widget’s language, until the next one', async () => {
    const el = await mount({ lang: 'es' });
    const status = () => el.shadowRoot?.querySelector('[role=status]')?.textContent?.trim();
    const create = URL.createObjectURL;
    URL.createObjectURL = () => {
      throw new Error('blocked by the page');
    };
    try {
      button(el, 'csv')?.click();
      await expect.poll(status).toBe('La descarga falló. Inténtelo de nuevo.');
    } finally {
      URL.createObjectURL = create;
    }
    const capture = captureDownload();
    try {
      button(el, 'csv')?.click();
      await expect.poll(() => capture.names).toEqual(['probe.csv']);
      expect(status()).toBe('');
    } finally {
      capture.restore();
    }
  });

  it('makes one file of a double click, and none once the widget has left the page', async () => {
    const el = await mount();
    const capture = captureDownload();
    try {
      button(el, 'csv')?.click();
      button(el, 'csv')?.click();
      await expect.poll(() => capture.names).toEqual(['probe.csv']);
      await new Promise((r) => setTimeout(r, 50));
      expect(capture.names).toEqual(['probe.csv']);
      button(el, 'svg')?.click();
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(capture.names).toEqual(['probe.csv']);
    } finally {
      capture.restore();
    }
  });
});

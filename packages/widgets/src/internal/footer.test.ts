import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountProbe as mount, type ProbeWidget } from '../../test/probe-widget.js';
import { citationLines, sourceLabel } from './footer.js';

afterEach(() => document.body.replaceChildren());

const footer = (el: ProbeWidget) => el.shadowRoot?.querySelector('[part=footer]');

describe('footer', () => {
  it('links only http(s) sources', async () => {
    const el = await mount();
    const links = [...(footer(el)?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/a']);
    expect(footer(el)?.textContent).toContain('Unsafe');
  });

  it('lists up to three sources, and folds more behind their count, opened by keyboard', async () => {
    const three = await mount({ more: '1' });
    expect(footer(three)?.querySelector('details')).toBeNull();
    expect(footer(three)?.querySelector('p')?.textContent).toMatch(
      /^\s*Sources: Safe; Unsafe; More 0\.\s*$/,
    );
    three.remove();

    const four = await mount({ more: '2', lang: 'es' });
    const details = footer(four)?.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent?.trim()).toBe('Fuentes (4)');
    expect([...(details?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
      'https://example.org/m0',
      'https://example.org/m1',
    ]);
    details?.querySelector('summary')?.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => details?.open).toBe(true);
    // the citation stays in view
    expect(footer(four)?.querySelector(':scope > p .citation')?.textContent).toBe('usmx probe');
  });
});

describe('sourceLabel', () => {
  it('names publisher, title and date once each', () => {
    expect(
      sourceLabel({ title: 'Cocaine Smuggling in 2010', publisher: 'ONDCP', date: '2012-01' }),
    ).toBe('ONDCP, Cocaine Smuggling in 2010, 2012-01');
    expect(
      sourceLabel({ title: 'ONDCP, "Cocaine", Jan 2012', publisher: 'ONDCP', date: '2012-01' }),
    ).toBe('ONDCP, "Cocaine", Jan 2012');
    expect(sourceLabel({ title: 'Notes' })).toBe('Notes');
  });
});

describe('citationLines', () => {
  it('cites title, summary, each source with its address, and the citation, in the language asked', () => {
    const model = {
      title: 'Homicidios',
      summary: 'Bajan.',
      sources: [
        { id: 'a', title: 'Datos abiertos', publisher: 'SESNSP', url: 'https://example.org/d' },
        { id: 'b', title: 'Notas' },
      ],
      citation: 'usmx, 2026',
      table: { columns: [], rows: [] },
      tableCaption: '',
      fileName: 'x',
    };
    expect(citationLines(model, 'es')).toEqual([
      'Homicidios',
      'Bajan.',
      'Fuente: SESNSP, Datos abiertos <https://example.org/d>',
      'Fuente: Notas',
      'Cita: usmx, 2026',
    ]);
  });
});

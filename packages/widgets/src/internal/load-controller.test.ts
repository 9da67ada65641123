import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mountProbe as mount, type ProbeWidget } from '../../test/probe-widget.js';
import { loadWords } from '../locales/words.js';

// a widget loads its Spanish words before it speaks Spanish; these tests start from there
beforeAll(() => loadWords('es'));

afterEach(() => document.body.replaceChildren());

const title = (el: ProbeWidget) => el.shadowRoot?.querySelector('[part=title]')?.textContent;

describe('LoadController', () => {
  it('reloads when an input changes, and only then', async () => {
    const el = await mount({ more: '1' });
    const loads = el.loads;
    el.setAttribute('more', '1');
    el.requestUpdate();
    el.shadowRoot?.querySelector<HTMLButtonElement>('.actions button')?.click();
    await el.updateComplete;
    expect(el.loads).toBe(loads);
    el.data = [];
    await expect.poll(() => el.loads).toBe(loads + 1);
    el.setAttribute('more', '2');
    await expect.poll(() => el.loads).toBe(loads + 2);
  });

  it('keeps the drawn chart, marked busy, while it reloads', async () => {
    const el = await mount();
    const base = () => el.shadowRoot?.querySelector('[part=base]');
    expect(base()?.getAttribute('aria-busy')).toBe('false');
    let open = () => {};
    el.gate = new Promise((resolve) => (open = resolve));
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    // still the English chart, and busy, until the Spanish one is ready
    expect(el.shadowRoot?.querySelector('svg.svg')).not.toBeNull();
    expect(el.shadowRoot?.querySelector('.loading')).toBeNull();
    expect(title(el)).toBe('Probe en');
    expect(base()?.getAttribute('aria-busy')).toBe('true');
    const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    open();
    await ready;
    expect(title(el)).toBe('Probe es');
    expect(base()?.getAttribute('aria-busy')).toBe('false');
  });

  it('aborts the fetch of a superseded load, and never shows what it returns', async () => {
    const el = await mount();
    const signals = new Map<string, AbortSignal | null | undefined>();
    let answerSlow = () => {};
    const fetch = window.fetch;
    // a server that answers slow.txt late, even once the request was aborted
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      signals.set(url, init?.signal);
      return url.endsWith('slow.txt')
        ? new Promise((resolve) => (answerSlow = () => resolve(new Response('slow'))))
        : Promise.resolve(new Response('fast'));
    };
    const ready: string[] = [];
    const errors: string[] = [];
    el.addEventListener('usmx-ready', (e) => ready.push(e.detail.title));
    el.addEventListener('usmx-error', (e) => errors.push(e.detail.message));
    try {
      el.src = 'slow.txt';
      await expect.poll(() => signals.has('slow.txt')).toBe(true);
      expect(signals.get('slow.txt')?.aborted).toBe(false);
      el.src = 'fast.txt';
      await expect.poll(() => title(el)).toBe('Probe en fast');
      expect(signals.get('slow.txt')?.aborted).toBe(true);
      expect(signals.get('fast.txt')?.aborted).toBe(false);
      answerSlow();
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      window.fetch = fetch;
    }
    expect(title(el)).toBe('Probe en fast');
    expect(ready).toEqual(['Probe en fast']);
    expect(errors).toEqual([]);
  });

  it('shows nothing of a superseded load that fails', async () => {
    const el = await mount();
    let failFirst = () => {};
    el.gate = new Promise((_, reject) => (failFirst = () => reject(new Error('too late'))));
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    el.gate = undefined;
    el.setAttribute('lang', 'en');
    const errors: unknown[] = [];
    el.addEventListener('usmx-error', (e) => errors.push(e));
    failFirst();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors).toEqual([]);
    expect(title(el)).toBe('Probe en');
    expect(el.shadowRoot?.querySelector('[part=base]')?.getAttribute('aria-busy')).toBe('false');
  });
});

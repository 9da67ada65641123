import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { drawnScheme, mountProbe as mount } from '../../test/probe-widget.js';
import type { UsmxErrorEvent, UsmxReadyEvent } from './events.js';

afterEach(() => document.body.replaceChildren());

describe('UsmxElement', () => {
  it('fires a bubbling, composed usmx-ready with the summary', async () => {
    const events: UsmxReadyEvent[] = [];
    document.addEventListener('usmx-ready', (e) => events.push(e), { once: true });
    const el = await mount();
    expect(events[0]?.detail).toEqual({ title: 'Probe en', summary: 'Three points.' });
    expect(events[0]?.bubbles && events[0]?.composed).toBe(true);
    expect(el.shadowRoot?.querySelector('[part=chart]')?.getAttribute('aria-labelledby')).toBe(
      'summary',
    );
  });

  it('fires usmx-ready once per model drawn, not for a repaint', async () => {
    const el = await mount();
    let ready = 0;
    el.addEventListener('usmx-ready', () => ready++);
    el.setAttribute('theme', 'dark');
    el.shadowRoot?.querySelector<HTMLButtonElement>('.actions button')?.click();
    await el.updateComplete;
    expect(ready).toBe(0);
    el.setAttribute('lang', 'es');
    await expect.poll(() => ready).toBe(1);
  });

  it('turns a load failure into an error state listing the issues, and an event', async () => {
    const events: UsmxErrorEvent[] = [];
    document.addEventListener('usmx-error', (e) => events.push(e), { once: true });
    const el = await mount({ fail: 'throw' });
    expect(events[0]?.detail.code).toBe('invalid-attribute');
    const alert = el.shadowRoot?.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('asked to fail');
    expect(alert?.querySelector('li code')?.textContent).toBe('fail');
  });

  it('turns a rendering failure into the error state and usmx-error, never an uncaught error', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    const events: UsmxErrorEvent[] = [];
    document.addEventListener('usmx-error', (e) => events.push(e), { once: true });
    try {
      const el = await mount({ fail: 'layout' });
      expect(el.shadowRoot?.querySelector('[role=alert]')?.textContent).toContain('layout broke');
      expect(events[0]?.detail.message).toContain('layout broke');
      // a chart that breaks on a later render, too
      el.fail = undefined;
      await expect.poll(() => el.shadowRoot?.querySelector('svg.svg')).not.toBeNull();
      el.fail = 'layout';
      await expect
        .poll(() => el.shadowRoot?.querySelector('[role=alert]')?.textContent)
        .toContain('layout broke');
      expect(el.shadowRoot?.querySelector('svg.svg')).toBeNull();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).toEqual([]);
  });

  it('shows an error for a bad theme, and draws again once it is fixed', async () => {
    const el = await mount({ theme: 'purple' });
    const errors: UsmxErrorEvent[] = [];
    expect(el.shadowRoot?.querySelector('[role=alert]')?.textContent).toContain('theme');
    el.addEventListener('usmx-error', (e) => errors.push(e as UsmxErrorEvent));
    const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    el.setAttribute('theme', 'dark');
    await ready;
    expect(el.shadowRoot?.querySelector('svg.svg')).not.toBeNull();
    expect(drawnScheme(el)).toBe('dark');
    el.setAttribute('theme', 'sepia');
    await el.updateComplete;
    expect(errors.map((e) => e.detail.issues[0]?.column)).toEqual(['theme']);
    expect(errors[0]?.detail.code).toBe('invalid-attribute');
  });

  it('names a bad theme in the widget language', async () => {
    const el = await mount({ theme: 'purple', lang: 'es' });
    const alert = el.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('Atributo "theme" no válido');
    expect(alert).toContain('se esperaba uno de: auto, light, dark');
  });

  it('adds no landmarks to the host page, however many widgets it holds', async () => {
    const [first] = await Promise.all([mount(), mount({ lang: 'es' })]);
    // `region` (content outside any landmark) is about the host page, which here has no <main>
    const results = await axe.run(document.body, {
      resultTypes: ['violations'],
      rules: { region: { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    // what the page's landmark list would show: nothing from inside the widgets
    const landmarks = first.shadowRoot?.querySelectorAll(
      'header, footer, main, nav, aside, section, [role]:not([role=group], [role=status], [role=alert])',
    );
    expect(landmarks?.length).toBe(0);
  });

  it('draws the rule under every table cell the same way, so a row’s rules line up', async () => {
    const el = await mount();
    el.shadowRoot?.querySelector<HTMLButtonElement>('.actions button')?.click();
    await el.updateComplete;
    const cells = [...(el.shadowRoot?.querySelectorAll('th, td') ?? [])];
    expect(cells.map((cell) => cell.tagName)).toContain('TD');
    const rule = (cell: Element) => {
      const style = getComputedStyle(cell);
      return `${style.borderBottomWidth} ${style.boxShadow}`;
    };
    expect(new Set(cells.map(rule)).size).toBe(1);
  });

  it('shades a scrolling table’s edges darker than its background, in light and dark', async () => {
    // a computed colour is rgb()/rgba() (0-255) or, from color-mix(), color(srgb …) (0-1)
    const luminance = (colour: string) => {
      const scale = colour.startsWith('color(') ? 255 : 1;
      const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map((n) => Number(n) * scale);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const theme of ['light', 'dark']) {
      const el = await mount({ theme });
      el.shadowRoot?.querySelector<HTMLButtonElement>('.actions button')?.click();
      await el.updateComplete;
      const wrap = el.shadowRoot?.querySelector('.table-wrap');
      expect(wrap, theme).toBeTruthy();
      if (!wrap) return;
      const style = getComputedStyle(wrap);
      // the cover layers start at the background's colour; the shade layers after them
      const colours = style.backgroundImage.match(/(rgba?|color)\([^)]*\)/g) ?? [];
      const background = colours[0] ?? '';
      const shades = colours.slice(4).filter((colour) => !/[, ]0\)$/.test(colour));
      expect(shades, theme).toHaveLength(2);
      for (const shade of shades)
        expect(luminance(shade), `${theme}: ${shade} on ${background}`).toBeLessThan(
          luminance(background),
        );
      el.remove();
    }
  });
});

import axe from 'axe-core';
import { svg } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { sourceLabel, UsmxElement } from './base-element.js';
import { defineElement } from './define.js';
import { WidgetError } from './errors.js';
import type { UsmxErrorEvent, UsmxReadyEvent } from './events.js';
import type { Locale } from './i18n.js';
import type { ChartLayout, WidgetModel } from './model.js';
import { baseStyles } from './base.styles.js';

/** A minimal widget: three points, or an error when `fail` is set. */
class ProbeWidget extends UsmxElement<WidgetModel> {
  static override styles = baseStyles;
  static override properties = { fail: {}, more: {} };
  declare fail: string | undefined;
  /** Sources to cite beyond the first two. */
  declare more: string | undefined;
  loads = 0;
  /** While set, loading waits for it. */
  gate: Promise<void> | undefined;

  protected override async load(locale: Locale): Promise<WidgetModel> {
    this.loads += 1;
    await this.gate;
    if (this.fail === 'throw')
      throw new WidgetError('invalid-attribute', 'bad', [
        { column: 'fail', value: 'throw', reason: 'asked to fail' },
      ]);
    return {
      title: `Probe ${locale.lang}`,
      summary: 'Three points.',
      sources: [
        { id: 'A', title: 'Safe', url: 'https://example.org/a' },
        { id: 'B', title: 'Unsafe', url: 'javascript:alert(1)' },
        ...Array.from({ length: Number(this.more ?? 0) }, (_, i) => ({
          id: `M${i}`,
          title: `More ${i}`,
          url: `https://example.org/m${i}`,
        })),
      ],
      citation: 'usmx probe',
      table: {
        columns: [
          { key: 'x', label: 'x' },
          { key: 'y', label: 'y', numeric: true },
        ],
        rows: [{ x: 'a', y: 1 }],
      },
      tableCaption: 'Probe data',
      fileName: 'probe',
    };
  }

  protected override layout(_model: WidgetModel, width: number): ChartLayout {
    if (this.fail === 'layout') throw new Error('layout broke');
    const points = [10, 20, 30].map((v, i) => ({
      x: (i + 1) * 50,
      y: 100 - v,
      lines: [`P${i}`],
      announcement: `Point ${i}: ${v}`,
    }));
    return { width, height: 120, marks: svg`<g class="marks"></g>`, points };
  }
}
defineElement('usmx-probe', ProbeWidget);

async function mount(attrs: Record<string, string> = {}): Promise<ProbeWidget> {
  const el = document.createElement('usmx-probe') as ProbeWidget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const settled = new Promise((resolve) => {
    el.addEventListener('usmx-ready', resolve, { once: true });
    el.addEventListener('usmx-error', resolve, { once: true });
  });
  document.body.append(el);
  await settled;
  await el.updateComplete;
  return el;
}

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

  it('turns a load failure into an error state listing the issues, and an event', async () => {
    const events: UsmxErrorEvent[] = [];
    document.addEventListener('usmx-error', (e) => events.push(e), { once: true });
    const el = await mount({ fail: 'throw' });
    expect(events[0]?.detail.code).toBe('invalid-attribute');
    const alert = el.shadowRoot?.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('asked to fail');
    expect(alert?.querySelector('li code')?.textContent).toBe('fail');
  });

  it('turns a rendering failure into the error state instead of throwing', async () => {
    const el = await mount({ fail: 'layout' });
    expect(el.shadowRoot?.querySelector('[role=alert]')?.textContent).toContain('layout broke');
  });

  it('reloads when an input attribute or lang changes, not for theme', async () => {
    const el = await mount();
    const before = el.loads;
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(el.loads).toBe(before);
    expect(el.shadowRoot?.querySelector('.base')?.classList.contains('dark')).toBe(true);
    const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    el.setAttribute('lang', 'es');
    await ready;
    expect(el.loads).toBe(before + 1);
    expect(el.shadowRoot?.querySelector('[part=title]')?.textContent).toBe('Probe es');
  });

  it('follows a change of an ancestor lang, also inside a shadow root, and ignores others', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const section = document.createElement('div');
    section.lang = 'en';
    shadow.append(section);
    const elsewhere = document.createElement('p');
    elsewhere.lang = 'en';
    document.body.append(host, elsewhere);
    const el = document.createElement('usmx-probe') as ProbeWidget;
    const first = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    section.append(el);
    await first;
    const title = () => el.shadowRoot?.querySelector('[part=title]')?.textContent;
    expect(title()).toBe('Probe en');
    const loads = el.loads;
    elsewhere.lang = 'es';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.loads).toBe(loads);
    section.lang = 'es-MX';
    await expect.poll(title).toBe('Probe es');
    expect(el.loads).toBe(loads + 1);
    // its own lang still wins over the ancestor's
    el.lang = 'en';
    await expect.poll(title).toBe('Probe en');
    section.lang = 'es';
    await new Promise((r) => setTimeout(r, 50));
    expect(title()).toBe('Probe en');
  });

  it('words an error in the language of the load that failed, also when the page changes it', async () => {
    const section = document.createElement('div');
    section.lang = 'en';
    document.body.append(section);
    const el = document.createElement('usmx-probe') as ProbeWidget;
    const drawn = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    section.append(el);
    await drawn;
    // the page turns Spanish as the English chart's next load fails
    el.fail = 'throw';
    section.lang = 'es';
    const title = () => el.shadowRoot?.querySelector('.error-title')?.textContent;
    await expect.poll(title).toBe('No se pudo dibujar esta gráfica');
    expect(el.shadowRoot?.querySelector('[role=alert] li')?.textContent).toContain('valor');
    // a bad theme too follows the page's language, and reloads only when it changes
    el.fail = undefined;
    el.setAttribute('theme', 'purple');
    const message = () =>
      el.shadowRoot?.querySelector('[role=alert] p:nth-of-type(2)')?.textContent;
    await expect.poll(message).toBe('Atributo "theme" no válido');
    const errors: UsmxErrorEvent[] = [];
    el.addEventListener('usmx-error', (e) => errors.push(e as UsmxErrorEvent));
    document.body.lang = 'fr';
    await new Promise((r) => setTimeout(r, 50));
    expect(errors).toHaveLength(0);
    section.lang = 'en';
    await expect.poll(message).toBe('Invalid attribute "theme"');
    expect(errors).toHaveLength(1);
    document.body.removeAttribute('lang');
  });

  it('takes the language of the place it is moved to', async () => {
    const spanish = document.createElement('div');
    spanish.lang = 'es';
    document.body.append(spanish);
    const el = await mount();
    expect(el.shadowRoot?.querySelector('[part=title]')?.textContent).toBe('Probe en');
    spanish.append(el);
    await expect
      .poll(() => el.shadowRoot?.querySelector('[part=title]')?.textContent)
      .toBe('Probe es');
  });

  it('with theme auto, follows the page when its color-scheme changes, also through a shadow root', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const el = document.createElement('usmx-probe') as ProbeWidget;
    const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    shadow.append(el);
    await ready;
    const scheme = () =>
      el.shadowRoot?.querySelector('.base')?.classList.contains('dark') ? 'dark' : 'light';
    const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    expect(scheme()).toBe(system);
    const loads = el.loads;
    host.style.colorScheme = 'dark';
    await expect.poll(scheme).toBe('dark');
    host.style.colorScheme = 'light';
    await expect.poll(scheme).toBe('light');
    document.documentElement.style.colorScheme = 'dark';
    host.style.colorScheme = '';
    try {
      await expect.poll(scheme).toBe('dark');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
    await expect.poll(scheme).toBe(system);
    // a colour change is a repaint, not a reload
    expect(el.loads).toBe(loads);
  });

  describe('with theme auto, follows dark-mode switches that run no transition on it', () => {
    const scheme = (el: ProbeWidget) =>
      el.shadowRoot?.querySelector('.base')?.classList.contains('dark') ? 'dark' : 'light';
    const css = (text: string) => {
      const style = document.createElement('style');
      style.textContent = text;
      document.head.append(style);
      return style;
    };
    const html = document.documentElement;
    afterEach(() => {
      html.removeAttribute('class');
      html.style.colorScheme = '';
      document.querySelector('meta[name="color-scheme"]')?.remove();
    });

    it('a class on <html> while the page turns transitions off (as theme switchers do)', async () => {
      const rules = css('html.dark { color-scheme: dark } html.light { color-scheme: light }');
      html.className = 'light';
      const el = await mount();
      expect(scheme(el)).toBe('light');
      const off = css('*, *::before, *::after { transition: none !important }');
      html.className = 'dark';
      await expect.poll(() => scheme(el)).toBe('dark');
      off.remove();
      rules.remove();
    });

    it('a colour-scheme on an ancestor, through a transition the page does not hear', async () => {
      const section = document.createElement('div');
      document.body.append(section);
      const el = document.createElement('usmx-probe') as ProbeWidget;
      const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
      section.append(el);
      await ready;
      const heard: string[] = [];
      const listen = (event: TransitionEvent) => heard.push(event.propertyName);
      document.addEventListener('transitionrun', listen);
      document.addEventListener('transitionend', listen);
      section.style.colorScheme = 'dark';
      await expect.poll(() => scheme(el)).toBe('dark');
      await new Promise((r) => setTimeout(r, 50));
      document.removeEventListener('transitionrun', listen);
      document.removeEventListener('transitionend', listen);
      expect(heard).toEqual([]);
    });

    it('a page rule that gives the widget a transition of its own', async () => {
      const rules = css('usmx-probe { transition: opacity 0.2s }');
      html.style.colorScheme = 'light';
      const el = await mount();
      expect(scheme(el)).toBe('light');
      html.style.colorScheme = 'dark';
      await expect.poll(() => scheme(el)).toBe('dark');
      rules.remove();
    });

    it('a switch while the widget was hidden, seen when it is shown', async () => {
      html.style.colorScheme = 'light';
      const panel = document.createElement('div');
      document.body.append(panel);
      const el = document.createElement('usmx-probe') as ProbeWidget;
      const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
      panel.append(el);
      await ready;
      panel.hidden = true;
      // a scheme set on the panel itself: no attribute of <html> or <body> changes
      panel.style.colorScheme = 'dark';
      await new Promise((r) => setTimeout(r, 50));
      panel.hidden = false;
      await expect.poll(() => scheme(el)).toBe('dark');
    });

    it('a change of <meta name="color-scheme">', async () => {
      const meta = document.createElement('meta');
      meta.name = 'color-scheme';
      meta.content = 'light';
      document.head.append(meta);
      const el = await mount();
      expect(scheme(el)).toBe('light');
      meta.content = 'dark';
      await expect.poll(() => scheme(el)).toBe('dark');
    });
  });

  it('with theme auto, reads a page colour scheme given by <meta name="color-scheme">', async () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.append(meta);
    try {
      const el = await mount();
      expect(el.shadowRoot?.querySelector('.base')?.classList.contains('dark')).toBe(true);
    } finally {
      meta.remove();
    }
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
    expect(el.shadowRoot?.querySelector('.base')?.classList.contains('dark')).toBe(true);
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
    expect(el.shadowRoot?.querySelector('[part=title]')?.textContent).toBe('Probe en');
    expect(base()?.getAttribute('aria-busy')).toBe('true');
    const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    open();
    await ready;
    expect(el.shadowRoot?.querySelector('[part=title]')?.textContent).toBe('Probe es');
    expect(base()?.getAttribute('aria-busy')).toBe('false');
  });

  it('links only http(s) sources', async () => {
    const el = await mount();
    const links = [...(el.shadowRoot?.querySelectorAll('[part=footer] a') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(['https://example.org/a']);
    expect(el.shadowRoot?.querySelector('[part=footer]')?.textContent).toContain('Unsafe');
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

  it('lists up to three sources, and folds more behind their count, opened by keyboard', async () => {
    const footer = (el: ProbeWidget) => el.shadowRoot?.querySelector('[part=footer]');
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

  it('moves across points with the arrow keys and announces each', async () => {
    const el = await mount();
    const chart = el.shadowRoot?.querySelector<HTMLElement>('[part=chart]');
    chart?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    const status = () => el.shadowRoot?.querySelector('[role=status]')?.textContent?.trim();
    expect(status()).toBe('Point 0: 10');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(status()).toBe('Point 2: 30');
    expect(el.shadowRoot?.querySelector('.focus-ring')?.getAttribute('cx')).toBe('150');
    expect(el.shadowRoot?.querySelector('.tooltip')?.textContent?.trim()).toBe('P2');
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

  it('fits its container between 280 and 1200 pixels', async () => {
    const box = document.createElement('div');
    box.style.width = '200px';
    document.body.append(box);
    const el = document.createElement('usmx-probe') as ProbeWidget;
    const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    box.append(el);
    await ready;
    const width = () => el.shadowRoot?.querySelector('svg')?.getAttribute('width');
    await expect.poll(width).toBe('280');
    box.style.width = '700px';
    await expect.poll(width).toBe('700');
    box.style.width = '1600px';
    await expect.poll(width).toBe('1200');
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

import { afterEach, describe, expect, it } from 'vitest';
import { drawnScheme as scheme, mountProbe as mount } from '../../test/probe-widget.js';

afterEach(() => document.body.replaceChildren());

/** Adds `<meta name="color-scheme" content=…>` to the page's head. */
function colorSchemeMeta(content: string): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = 'color-scheme';
  meta.content = content;
  document.head.append(meta);
  return meta;
}

describe('ColorSchemeController', () => {
  it('draws the scheme its theme names, and repaints without reloading when it changes', async () => {
    const el = await mount({ theme: 'dark' });
    expect(scheme(el)).toBe('dark');
    const loads = el.loads;
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(scheme(el)).toBe('light');
    expect(el.loads).toBe(loads);
  });

  it('with theme auto, follows the page when its color-scheme changes, also through a shadow root', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const el = await mount({}, shadow);
    const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    expect(scheme(el)).toBe(system);
    const loads = el.loads;
    host.style.colorScheme = 'dark';
    await expect.poll(() => scheme(el)).toBe('dark');
    host.style.colorScheme = 'light';
    await expect.poll(() => scheme(el)).toBe('light');
    document.documentElement.style.colorScheme = 'dark';
    host.style.colorScheme = '';
    try {
      await expect.poll(() => scheme(el)).toBe('dark');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
    await expect.poll(() => scheme(el)).toBe(system);
    // a colour change is a repaint, not a reload
    expect(el.loads).toBe(loads);
  });

  describe('with theme auto, follows dark-mode switches that run no transition on it', () => {
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
      const el = await mount({}, section);
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
      const el = await mount({}, panel);
      panel.hidden = true;
      // a scheme set on the panel itself: no attribute of <html> or <body> changes
      panel.style.colorScheme = 'dark';
      await new Promise((r) => setTimeout(r, 50));
      panel.hidden = false;
      await expect.poll(() => scheme(el)).toBe('dark');
    });

    it('a change of <meta name="color-scheme">', async () => {
      const meta = colorSchemeMeta('light');
      const el = await mount();
      expect(scheme(el)).toBe('light');
      meta.content = 'dark';
      await expect.poll(() => scheme(el)).toBe('dark');
    });
  });

  it('with theme auto, reads a page colour scheme given by <meta name="color-scheme">', async () => {
    const meta = colorSchemeMeta('dark');
    try {
      const el = await mount();
      expect(scheme(el)).toBe('dark');
    } finally {
      meta.remove();
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mountProbe as mount, type ProbeWidget } from '../../test/probe-widget.js';
import type { UsmxErrorEvent } from './events.js';

afterEach(() => document.body.replaceChildren());

const title = (el: ProbeWidget) => el.shadowRoot?.querySelector('[part=title]')?.textContent;

describe('LanguageController', () => {
  it('reloads when lang changes, not for theme', async () => {
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
    expect(title(el)).toBe('Probe es');
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
    const el = await mount({}, section);
    expect(title(el)).toBe('Probe en');
    const loads = el.loads;
    elsewhere.lang = 'es';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.loads).toBe(loads);
    section.lang = 'es-MX';
    await expect.poll(() => title(el)).toBe('Probe es');
    expect(el.loads).toBe(loads + 1);
    // its own lang still wins over the ancestor's
    el.lang = 'en';
    await expect.poll(() => title(el)).toBe('Probe en');
    section.lang = 'es';
    await new Promise((r) => setTimeout(r, 50));
    expect(title(el)).toBe('Probe en');
  });

  it('words an error in the language of the load that failed, also when the page changes it', async () => {
    const section = document.createElement('div');
    section.lang = 'en';
    document.body.append(section);
    const el = await mount({}, section);
    // the page turns Spanish as the English chart's next load fails
    el.fail = 'throw';
    section.lang = 'es';
    const errorTitle = () => el.shadowRoot?.querySelector('.error-title')?.textContent;
    await expect.poll(errorTitle).toBe('No se pudo dibujar esta gráfica');
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
    expect(title(el)).toBe('Probe en');
    spanish.append(el);
    await expect.poll(() => title(el)).toBe('Probe es');
  });
});

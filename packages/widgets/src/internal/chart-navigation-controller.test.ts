import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountProbe as mount, type ProbeWidget } from '../../test/probe-widget.js';

afterEach(() => document.body.replaceChildren());

const part = (el: ProbeWidget, selector: string) => el.shadowRoot?.querySelector(selector);

describe('ChartNavigationController', () => {
  it('moves across points with the arrow keys and announces each', async () => {
    const el = await mount();
    el.shadowRoot?.querySelector<HTMLElement>('[part=chart]')?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    const status = () => part(el, '[role=status]')?.textContent?.trim();
    expect(status()).toBe('Point 0: 10');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(status()).toBe('Point 2: 30');
    expect(part(el, '.focus-ring')?.getAttribute('cx')).toBe('150');
    expect(part(el, '.tooltip')?.textContent?.trim()).toBe('P2');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(part(el, '.focus-ring')).toBeNull();
    expect(part(el, '.tooltip')).toBeNull();
  });

  it('shows the point nearest the pointer, and hides it when the pointer leaves', async () => {
    const el = await mount();
    const chart = part(el, 'svg.svg');
    if (!chart) throw new Error('no chart');
    const box = chart.getBoundingClientRect();
    const scale = box.width / Number(chart.getAttribute('width'));
    // the layout's points sit at x 50, 100 and 150
    await userEvent.hover(chart, { position: { x: 95 * scale, y: 60 * scale } });
    await expect.poll(() => part(el, '.tooltip')?.textContent?.trim()).toBe('P1');
    expect(part(el, '.focus-ring')?.getAttribute('cx')).toBe('100');
    // beside the point (100, 80), placed through CSSOM
    const tip = part(el, '.tooltip') as HTMLElement;
    expect([tip.style.left, tip.style.right, tip.style.top]).toEqual(['108px', '', '68px']);
    // the pointer says nothing to a screen reader
    expect(part(el, '[role=status]')?.textContent?.trim()).toBe('');
    await userEvent.hover(document.body, { position: { x: 1, y: 1 } });
    await expect.poll(() => part(el, '.tooltip')).toBeNull();
  });

  it('forgets the point when the chart reloads', async () => {
    const el = await mount();
    el.shadowRoot?.querySelector<HTMLElement>('[part=chart]')?.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(part(el, '.focus-ring')).not.toBeNull();
    const ready = new Promise((r) => el.addEventListener('usmx-ready', r, { once: true }));
    el.setAttribute('lang', 'es');
    await ready;
    expect(part(el, '.focus-ring')).toBeNull();
    expect(part(el, '[role=status]')?.textContent?.trim()).toBe('');
  });
});

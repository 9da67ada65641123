import { afterEach, describe, expect, it } from 'vitest';
import { mountProbe as mount } from '../../test/probe-widget.js';

afterEach(() => document.body.replaceChildren());

describe('SizeController', () => {
  it('fits its container between 280 and 1200 pixels', async () => {
    const box = document.createElement('div');
    box.style.width = '200px';
    document.body.append(box);
    const el = await mount({}, box);
    const width = () => el.shadowRoot?.querySelector('svg')?.getAttribute('width');
    await expect.poll(width).toBe('280');
    box.style.width = '700px';
    await expect.poll(width).toBe('700');
    box.style.width = '1600px';
    await expect.poll(width).toBe('1200');
  });

  it('lays out for the width it has when it is added, rounded to a whole pixel', async () => {
    const box = document.createElement('div');
    box.style.width = '500.4px';
    document.body.append(box);
    const el = await mount({}, box);
    expect(el.shadowRoot?.querySelector('svg')?.getAttribute('width')).toBe('500');
  });

  it('keeps its width while hidden, and follows a resize made meanwhile once shown', async () => {
    const box = document.createElement('div');
    box.style.width = '600px';
    document.body.append(box);
    const el = await mount({}, box);
    const width = () => el.shadowRoot?.querySelector('svg')?.getAttribute('width');
    box.hidden = true;
    await new Promise((r) => setTimeout(r, 50));
    expect(width()).toBe('600');
    box.style.width = '400px';
    box.hidden = false;
    await expect.poll(width).toBe('400');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mountProbe as mount } from '../../test/probe-widget.js';

afterEach(() => document.body.replaceChildren());

/** A probe widget inside a box `boxWidth` wide, and the width its chart is drawn at. */
async function inBox(boxWidth: string) {
  const box = document.createElement('div');
  box.style.width = boxWidth;
  document.body.append(box);
  const el = await mount({}, box);
  const width = () => el.shadowRoot?.querySelector('svg')?.getAttribute('width');
  return { box, width };
}

describe('SizeController', () => {
  it('fits its container between 280 and 1200 pixels', async () => {
    const { box, width } = await inBox('200px');
    await expect.poll(width).toBe('280');
    box.style.width = '700px';
    await expect.poll(width).toBe('700');
    box.style.width = '1600px';
    await expect.poll(width).toBe('1200');
  });

  it('lays out for the width it has when it is added, rounded to a whole pixel', async () => {
    const { width } = await inBox('500.4px');
    expect(width()).toBe('500');
  });

  it('keeps its width while hidden, and follows a resize made meanwhile once shown', async () => {
    const { box, width } = await inBox('600px');
    box.hidden = true;
    await new Promise((r) => setTimeout(r, 50));
    expect(width()).toBe('600');
    box.style.width = '400px';
    box.hidden = false;
    await expect.poll(width).toBe('400');
  });
});

import { expect, it } from 'vitest';

/** Globals a browser has and Node does not: touching one at import time would crash server rendering. */
const DOM_GLOBALS = [
  'window',
  'document',
  'HTMLElement',
  'customElements',
  'ResizeObserver',
  'matchMedia',
  'getComputedStyle',
];

it('imports every component module in Node without a DOM and without registering tags', async () => {
  for (const name of DOM_GLOBALS) expect(name in globalThis, name).toBe(false);
  const index = await import('../src/index.js');
  expect(typeof index.UsmxHomicideTrend).toBe('function');
  expect(typeof index.UsmxCorridorShare).toBe('function');
  expect(typeof index.UsmxGroupLineage).toBe('function');
  expect(typeof index.UsmxSplinterCount).toBe('function');
  expect(typeof index.UsmxClaim).toBe('function');
  // Lit's Node build shims HTMLElement and customElements; a class module must still define nothing.
  const registry = (globalThis as { customElements?: { get(tag: string): unknown } })
    .customElements;
  expect(registry?.get('usmx-homicide-trend')).toBeUndefined();
  expect(registry?.get('usmx-corridor-share')).toBeUndefined();
  expect(registry?.get('usmx-group-lineage')).toBeUndefined();
  expect(registry?.get('usmx-splinter-count')).toBeUndefined();
  expect(registry?.get('usmx-claim')).toBeUndefined();
  for (const name of ['window', 'document', 'ResizeObserver', 'matchMedia', 'getComputedStyle']) {
    expect(name in globalThis, name).toBe(false);
  }
});

it('imports the define modules in Node without throwing', async () => {
  await expect(import('../src/components/homicide-trend/homicide-trend.js')).resolves.toBeDefined();
  await expect(import('../src/components/corridor-share/corridor-share.js')).resolves.toBeDefined();
  await expect(import('../src/components/group-lineage/group-lineage.js')).resolves.toBeDefined();
  await expect(import('../src/components/splinter-count/splinter-count.js')).resolves.toBeDefined();
  await expect(import('../src/components/claim/claim.js')).resolves.toBeDefined();
});

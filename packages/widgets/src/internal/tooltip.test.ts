import { render } from 'lit';
import { expect, it } from 'vitest';
import { tooltip } from './tooltip.js';

it('shows the lines beside the point and flips in the right half', () => {
  const host = document.createElement('div');
  render(tooltip(['2011', '27,213'], 100, 50, 600), host);
  const tip = host.querySelector<HTMLElement>('.tooltip');
  expect([...(tip?.children ?? [])].map((line) => line.textContent)).toEqual(['2011', '27,213']);
  expect(tip?.style.left).toBe('108px');
  expect(tip?.style.top).toBe('38px');
  render(tooltip(['2020'], 500, 50, 600), host);
  expect(host.querySelector<HTMLElement>('.tooltip')?.style.right).toBe('108px');
});

it('positions through CSSOM, so a page whose CSP blocks style attributes still places it', () => {
  const host = document.createElement('div');
  render(tooltip(['2011'], 100, 50, 600), host);
  const tip = host.querySelector<HTMLElement>('.tooltip');
  // no style attribute was written in the markup: the values were set property by property
  expect(tip?.style.left).toBe('108px');
  render(tooltip(['2020'], 500, 50, 600), host);
  expect(tip?.style.left).toBe('');
  expect(tip?.style.right).toBe('108px');
});

it('renders nothing without lines', () => {
  const host = document.createElement('div');
  render(tooltip(null, 0, 0, 100), host);
  expect(host.querySelector('.tooltip')).toBeNull();
});

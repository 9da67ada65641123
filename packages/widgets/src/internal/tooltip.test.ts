import { render } from 'lit';
import { expect, it } from 'vitest';
import { placeTooltip, tooltip } from './tooltip.js';

it('shows the lines, the first as the heading', () => {
  const host = document.createElement('div');
  render(tooltip(['2011', '27,213']), host);
  const tip = host.querySelector<HTMLElement>('.tooltip');
  expect([...(tip?.children ?? [])].map((line) => `${line.tagName} ${line.textContent}`)).toEqual([
    'STRONG 2011',
    'DIV 27,213',
  ]);
  expect(tip?.getAttribute('aria-hidden')).toBe('true');
});

it('places it beside the point and flips in the right half, through CSSOM', () => {
  const tip = document.createElement('div');
  placeTooltip(tip, 100, 50, 600);
  expect(tip.style.left).toBe('108px');
  expect(tip.style.top).toBe('38px');
  placeTooltip(tip, 500, 50, 600);
  expect(tip.style.left).toBe('');
  expect(tip.style.right).toBe('108px');
  // never above the chart
  placeTooltip(tip, 100, 4, 600);
  expect(tip.style.top).toBe('0px');
});

it('renders nothing without lines', () => {
  const host = document.createElement('div');
  render(tooltip(null), host);
  expect(host.querySelector('.tooltip')).toBeNull();
});

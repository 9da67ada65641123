import { render } from 'lit';
import { expect, it } from 'vitest';
import { legend } from './legend.js';

it('lays out one swatch and label per item, left to right', () => {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(
    legend(
      [
        { label: 'Corridor', className: 'corridor' },
        { label: 'Caribbean', className: 'caribbean' },
      ],
      10,
      20,
    ),
    host,
  );
  const items = [...host.querySelectorAll('.legend-item')];
  expect(items.map((g) => g.textContent?.trim())).toEqual(['Corridor', 'Caribbean']);
  expect(items[0]?.getAttribute('transform')).toBe('translate(10,20)');
  // second entry starts after the first: 18 + 8 chars × 6.5 + 14 = 84
  expect(items[1]?.getAttribute('transform')).toBe('translate(94,20)');
  expect(items[1]?.querySelector('circle')?.getAttribute('class')).toBe('swatch caribbean');
});

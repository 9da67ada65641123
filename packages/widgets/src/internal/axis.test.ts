import { render } from 'lit';
import { expect, it } from 'vitest';
import { axisBottom, axisLeft, thinTicks } from './axis.js';

it('keeps every n-th label so they do not overlap, ending on the last', () => {
  const ticks = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ at: i * 10, label: String(2010 + i) }));
  // 4 characters of 12 px are 28.8 px wide (0.6 em each); with an 8 px gap, 36.8 px over a 10 px
  // spacing: every 4th, counted back from the last
  expect(thinTicks(ticks).map((t) => t.label)).toEqual(['2012', '2016']);
  // a gap of 0: 28.8 px, every 3rd
  expect(thinTicks(ticks, 0).map((t) => t.label)).toEqual(['2010', '2013', '2016']);
  // labels of one character (7.2 px) with a gap of 2 fit every 10 px: all of them
  expect(
    thinTicks(
      ticks.map((t, i) => ({ ...t, label: String(i) })),
      2,
    ),
  ).toHaveLength(7);
});

it('draws one labelled tick per value on each axis', () => {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(
    [
      axisBottom(
        [
          { at: 10, label: '2010' },
          { at: 20, label: '2011' },
        ],
        100,
        0,
        200,
      ),
      axisLeft(
        [
          { at: 100, label: '0' },
          { at: 50, label: '5,000' },
        ],
        40,
        200,
        'Homicides',
      ),
    ],
    host,
  );
  expect([...host.querySelectorAll('.axis-x text')].map((t) => t.textContent)).toEqual([
    '2010',
    '2011',
  ]);
  expect([...host.querySelectorAll('.axis-y text.tick')].map((t) => t.textContent)).toEqual([
    '0',
    '5,000',
  ]);
  expect(host.querySelector('.axis-title')?.textContent).toBe('Homicides');
  expect(host.querySelector('.axis-y text.tick')?.getAttribute('y')).toBe('100');
  // one gridline per tick, at the tick, across the plot
  expect(host.querySelector('.axis-y .grid')?.getAttribute('d')).toBe('M40,100H200M40,50H200');
  // the x axis line, then a 5 px tick mark under each label
  expect(host.querySelector('.axis-x .domain')?.getAttribute('d')).toBe(
    'M0,100H200M10,100v5M20,100v5',
  );
});

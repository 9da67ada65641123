import { render } from 'lit';
import { expect, it } from 'vitest';
import { dataTable } from './data-table.js';

it('renders headers, row headers and locale-formatted numbers', () => {
  const host = document.createElement('div');
  render(
    dataTable(
      {
        columns: [
          { key: 'year', label: 'Año' },
          { key: 'count', label: 'Homicidios', numeric: true },
        ],
        rows: [
          { year: '2011', count: 27213 },
          { year: '2012', count: null },
        ],
      },
      'Homicidios por año',
      'es',
      't1',
    ),
    host,
  );
  expect(host.querySelector('caption')?.textContent?.trim()).toBe('Homicidios por año');
  expect([...host.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
    'Año',
    'Homicidios',
  ]);
  expect(
    [...host.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
  ).toEqual([
    ['2011', '27.213'],
    ['2012', ''],
  ]);
  expect(host.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
});

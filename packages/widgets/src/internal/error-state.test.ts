import { render } from 'lit';
import { expect, it } from 'vitest';
import { errorState } from './error-state.js';
import { WidgetError } from './errors.js';
import { loadWords } from '../locales/words.js';

const shown = (error: WidgetError, lang: 'en' | 'es') => {
  const host = document.createElement('div');
  render(errorState(error, lang), host);
  return host;
};

it('shows the message and each issue with its row, column and value, in the language asked', async () => {
  await loadWords('es');
  const error = new WidgetError('invalid-data', 'Bad rows', [
    { row: 3, column: 'count', value: 'many', reason: 'not a number' },
    { column: 'theme', reason: 'unknown' },
    { reason: 'too few rows' },
  ]);
  const host = shown(error, 'es');
  expect(host.querySelector('[role=alert] .error-title')?.textContent).toBe(
    'No se pudo dibujar esta gráfica',
  );
  const items = [...host.querySelectorAll('li')].map((li) =>
    li.textContent?.replace(/\s+/g, ' ').trim(),
  );
  // the reasons are the error's own; the row and value are named in Spanish
  expect(items).toEqual([
    'fila 3: count (valor "many"): not a number',
    'theme: unknown',
    ': too few rows',
  ]);
});

it('writes values as JSON, or as text where JSON cannot', () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  const values = [null, [1, 2], 10n, cycle].map(
    (value) =>
      shown(
        new WidgetError('invalid-data', 'x', [{ column: 'v', value, reason: 'r' }]),
        'en',
      ).querySelector('li code:last-of-type')?.textContent,
  );
  expect(values).toEqual(['null', '[1,2]', '10', '[object Object]']);
});

it('lists nothing for an error without issues', () => {
  expect(shown(new WidgetError('failed', 'Broken'), 'en').querySelector('ul')).toBeNull();
});

// Kept apart from fetch-text.test.ts: here the module of the words cannot load.
import { expect, it, vi } from 'vitest';
import type { WidgetError } from './errors.js';
import { IndicatorInputError } from '@usmx/indicators';
import { userDataError } from './errors.js';
import { fetchUserFile } from './fetch-text.js';

// reading the words fails as importing their chunk does when the network is down
vi.mock('../locales/es.issues.js', () => ({
  get es(): never {
    throw new Error('offline');
  },
}));

it('still reports fetch-failed, naming the address, when the words cannot load either', async () => {
  // nothing listens on port 9 (discard): the request fails as it does offline
  const url = 'http://127.0.0.1:9/rows.json';
  const error = (await fetchUserFile(url, 'es').catch((e: unknown) => e)) as WidgetError;
  expect(error.code).toBe('fetch-failed');
  expect(error.message).toBe(url);
  expect(error.issues).toEqual([]);
  expect(error.cause).toBeInstanceOf(TypeError);
});

it("leaves an indicator's rejection of the reader's rows as it is when the words cannot load", async () => {
  const rejection = new IndicatorInputError('lineageTree', []);
  expect(await userDataError(rejection, 'data', 'es')).toBe(rejection);
});

import { expect, it } from 'vitest';
import { WidgetError } from './errors.js';
import { fetchUserFile, parseJson } from './fetch-text.js';

const fixtures = new URL('/test/fixtures/', location.origin);

it('reads a served CSV file and recognises its format', async () => {
  const file = await fetchUserFile(new URL('homicides-long.csv', fixtures).href);
  expect(file.format).toBe('csv');
  expect(file.text.split('\n')[0]).toBe('region,year,month,count');
});

it('reports a missing file as fetch-failed with the status', async () => {
  const error = await fetchUserFile(new URL('missing.json', fixtures).href).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WidgetError);
  expect((error as WidgetError).code).toBe('fetch-failed');
  expect((error as WidgetError).message).toContain('404');
});

it('reports malformed JSON as invalid-data', () => {
  expect(() => parseJson('[{"year": 2017,', 'x.json')).toThrowError(/not valid JSON/);
});

import { describe, expect, it } from 'vitest';
import { WidgetError } from './errors.js';
import { fetchUserFile, parseJson } from './fetch-text.js';

const fixtures = new URL('/test/fixtures/', location.origin);

it('reads a served CSV file and recognises its format', async () => {
  const file = await fetchUserFile(new URL('homicides-long.csv', fixtures).href, 'en');
  expect(file.format).toBe('csv');
  expect(file.text.split('\n')[0]).toBe('region,year,month,count');
});

describe('a missing file', () => {
  const url = new URL('missing.json', fixtures).href;
  const failure = async (lang: 'en' | 'es') =>
    (await fetchUserFile(url, lang).catch((e: unknown) => e)) as WidgetError;

  it('is fetch-failed with the status', async () => {
    const error = await failure('en');
    expect(error).toBeInstanceOf(WidgetError);
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`Could not load ${url}: HTTP 404`);
    expect(error.issues).toEqual([
      { column: 'src', value: url, reason: 'the server answered 404 Not Found' },
    ]);
  });

  it('is reported in Spanish for a Spanish widget, with the same code', async () => {
    const error = await failure('es');
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`No se pudo cargar ${url}: HTTP 404`);
    // the status line is the server's, not the widget's
    expect(error.issues).toEqual([
      { column: 'src', value: url, reason: 'el servidor respondió 404 Not Found' },
    ]);
  });
});

describe('malformed JSON', () => {
  const parse = (lang: 'en' | 'es') => {
    try {
      parseJson('[{"year": 2017,', 'x.json', lang);
    } catch (error) {
      return error as WidgetError;
    }
    throw new Error('parsed');
  };

  it('is invalid-data', () => {
    const error = parse('en');
    expect(error.code).toBe('invalid-data');
    expect(error.message).toBe('x.json is not valid JSON');
  });

  it('is reported in Spanish for a Spanish widget', () => {
    const error = parse('es');
    expect(error.code).toBe('invalid-data');
    expect(error.message).toBe('x.json no es un JSON válido');
  });
});

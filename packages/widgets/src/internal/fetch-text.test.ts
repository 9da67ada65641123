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
    // the server's status text is English, so a Spanish widget gives the code alone
    expect(error.issues).toEqual([
      { column: 'src', value: url, reason: 'el servidor respondió con el código 404' },
    ]);
  });
});

describe('a request that never gets an answer', () => {
  // the browser refuses port 1 (an unsafe port) as it does a blocked request: no answer at all
  const url = 'http://127.0.0.1:1/rows.json';
  const failure = async (lang: 'en' | 'es') =>
    (await fetchUserFile(url, lang).catch((e: unknown) => e)) as WidgetError;

  it('is fetch-failed, worded by the widget, keeping the browser error as the cause', async () => {
    const error = await failure('en');
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`Could not load ${url}: the request failed`);
    expect(error.issues).toEqual([
      { column: 'src', value: url, reason: 'network error, blocked by CORS, or not a valid URL' },
    ]);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('has no English in a Spanish widget', async () => {
    const error = await failure('es');
    expect(error.message).toBe(`No se pudo cargar ${url}: la solicitud falló`);
    expect(error.issues[0]?.reason).toBe('error de red, bloqueo por CORS o URL no válida');
  });
});

describe('malformed JSON', () => {
  const parse = async (lang: 'en' | 'es') => {
    try {
      await parseJson('[{"year": 2017,', 'x.json', lang);
    } catch (error) {
      return error as WidgetError;
    }
    throw new Error('parsed');
  };

  it('is invalid-data', async () => {
    const error = await parse('en');
    expect(error.code).toBe('invalid-data');
    expect(error.message).toBe('x.json is not valid JSON');
  });

  it('is reported in Spanish for a Spanish widget', async () => {
    const error = await parse('es');
    expect(error.code).toBe('invalid-data');
    expect(error.message).toBe('x.json no es un JSON válido');
  });
});

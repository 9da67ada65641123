import { describe, expect, it } from 'vitest';
import { WidgetError } from './errors.js';
import { fetchUserFile, MAX_FILE_SIZE, parseJson } from './fetch-text.js';

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

describe('a file larger than the cap', () => {
  const MiB = 1024 * 1024;
  /** `bytes` of junk from the test server, written as read, with a Content-Length or none. */
  const junk = (bytes: number, length: boolean) =>
    new URL(`/__junk?bytes=${bytes}${length ? '&length' : ''}`, location.origin).href;
  const failure = async (url: string, lang: 'en' | 'es', maxBytes?: number) =>
    (await fetchUserFile(url, lang, { maxBytes }).catch((e: unknown) => e)) as WidgetError;

  it('is 20 MiB by default', () => {
    expect(MAX_FILE_SIZE).toBe(20_971_520);
  });

  it.each([
    ['streamed, with no Content-Length: refused once 20 MiB are read', false],
    ['with its Content-Length: refused before it downloads', true],
  ])('21 MiB %s', async (_, length) => {
    const url = junk(21 * MiB, length);
    const error = await failure(url, 'en');
    expect(error).toBeInstanceOf(WidgetError);
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`Could not load ${url}: the file is larger than 20 MB`);
    expect(error.issues).toEqual([
      {
        column: 'src',
        value: url,
        reason:
          'the widget reads files of up to 20 MB: set max-file-size (in bytes) to read a larger one',
      },
    ]);
  });

  it('is said in Spanish for a Spanish widget', async () => {
    const url = junk(21 * MiB, false);
    const error = await failure(url, 'es');
    expect(error.message).toBe(`No se pudo cargar ${url}: el archivo pesa más de 20 MB`);
  });

  it('reads up to the cap it is given, and no further', async () => {
    // the fixture is 408 bytes, served with its Content-Length
    const url = new URL('homicides-long.csv', fixtures).href;
    expect((await fetchUserFile(url, 'en', { maxBytes: 408 })).text).toHaveLength(408);
    expect((await failure(url, 'en', 407)).message).toBe(
      `Could not load ${url}: the file is larger than 407 bytes`,
    );
    const streamed = junk(21 * MiB, false);
    expect((await fetchUserFile(streamed, 'en', { maxBytes: 22 * MiB })).text).toHaveLength(
      21 * MiB,
    );
  });

  it('names a cap in kilobytes to a tenth', async () => {
    // 1,536 bytes = 1.5 KB of 1,024 bytes
    expect((await failure(junk(2048, false), 'en', 1536)).message).toMatch(/larger than 1.5 KB$/);
  });

  it.each([0, -1, Number.NaN])('takes the default for a cap of %d', async (maxBytes) => {
    expect((await failure(junk(21 * MiB, true), 'en', maxBytes)).message).toMatch(/20 MB$/);
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

import { WidgetError } from './errors.js';
import type { ReaderWords } from '../locales/issue-locale.js';
import { loadLocale } from '../locales/load.js';
import type { Lang } from './i18n.js';

/** The words of a reader's file going wrong, in `lang`, loaded when one does. */
export async function fileProblemWords(lang: Lang): Promise<ReaderWords> {
  return (await loadLocale(lang)).reader;
}

/** A user file's text and whether it reads as JSON (by content type, extension or first character). */
export interface UserFile {
  readonly text: string;
  readonly format: 'json' | 'csv';
  /** The server's Last-Modified date as `YYYY-MM-DD`, when it sends one. */
  readonly lastModified?: string;
}

/**
 * The largest file a widget reads from `src` unless its `maxFileSize` says otherwise: 20 MiB
 * (20,971,520 bytes), far more than a chart needs, and a bound on what a page holds in memory.
 */
export const MAX_FILE_SIZE = 20 * 1024 * 1024;

/** How a file is fetched: a signal that aborts it, and the most bytes it may have. */
export interface FetchLimits {
  readonly signal?: AbortSignal | undefined;
  /** The cap in bytes; {@link MAX_FILE_SIZE} when absent or not a positive number. */
  readonly maxBytes?: number | undefined;
}

/**
 * The body's text, read a chunk at a time as it arrives; `undefined` as soon as it passes
 * `maxBytes`, the rest left undownloaded.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      return undefined;
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
  }
  return parts.join('') + decoder.decode();
}

/**
 * Fetches `url` (relative to the page) and reports a failed request as a `fetch-failed` error, in
 * the widget's language `lang`; so is a file larger than `maxBytes` (default
 * {@link MAX_FILE_SIZE}): refused from its `Content-Length` before it downloads, or as soon as it
 * passes the cap while it downloads.
 */
export async function fetchUserFile(
  url: string,
  lang: Lang,
  { signal, maxBytes }: FetchLimits = {},
): Promise<UserFile> {
  const cap = maxBytes !== undefined && maxBytes > 0 ? maxBytes : MAX_FILE_SIZE;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    // the browser's own message ("Failed to fetch") says less than this, and only in its language
    throw await fetchFailed(
      url,
      lang,
      (t) => [t.couldNotLoad(url, t.requestFailed), t.requestFailedWhy],
      error,
    );
  }
  if (!response.ok) {
    const { status, statusText } = response;
    throw await fetchFailed(url, lang, (t) => [
      t.couldNotLoad(url, `HTTP ${status}`),
      t.serverAnswered(status, statusText),
    ]);
  }
  const text =
    Number(response.headers.get('content-length')) > cap
      ? void response.body?.cancel()
      : await readCapped(response, cap);
  if (text === undefined) {
    throw await fetchFailed(url, lang, (t) => [
      t.couldNotLoad(url, t.tooLarge(cap)),
      t.tooLargeWhy(cap),
    ]);
  }
  const type = response.headers.get('content-type') ?? '';
  const json = type.includes('json') || /\.json($|\?)/i.test(url) || /^\s*[[{]/.test(text);
  const modified = Date.parse(response.headers.get('last-modified') ?? '');
  return {
    text,
    format: json ? 'json' : 'csv',
    ...(Number.isNaN(modified)
      ? {}
      : { lastModified: new Date(modified).toISOString().slice(0, 10) }),
  };
}

/**
 * A `fetch-failed` error for `url`: its message and reason as `word` puts them in `lang`, or, when
 * even those words cannot load (the network is down), the address alone, still `fetch-failed`.
 */
async function fetchFailed(
  url: string,
  lang: Lang,
  word: (t: ReaderWords) => [message: string, reason: string],
  cause?: unknown,
): Promise<WidgetError> {
  const t = await fileProblemWords(lang).catch(() => undefined);
  const [message, reason] = t ? word(t) : [url, undefined];
  return new WidgetError(
    'fetch-failed',
    message,
    reason === undefined ? [] : [{ column: 'src', value: url, reason }],
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Parses JSON text, reporting a syntax error as an `invalid-data` error in the widget's language
 * `lang` (the reason is the browser's own description of the syntax error).
 */
export async function parseJson(text: string, origin: string, lang: Lang): Promise<unknown> {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const t = await fileProblemWords(lang);
    throw new WidgetError('invalid-data', t.notValidJson(origin), [
      {
        column: 'src',
        value: origin,
        reason: error instanceof Error ? error.message : t.invalidJson,
      },
    ]);
  }
}

import { WidgetError } from './errors.js';
import type { fileWords } from './file-words.js';
import type { Lang } from './i18n.js';

/** The words of a reader's file going wrong, in `lang`, loaded when one does. */
export async function fileProblemWords(lang: Lang): Promise<(typeof fileWords)[Lang]> {
  return (await import('./file-words.js')).fileWords[lang];
}

/** A user file's text and whether it reads as JSON (by content type, extension or first character). */
export interface UserFile {
  readonly text: string;
  readonly format: 'json' | 'csv';
  /** The server's Last-Modified date as `YYYY-MM-DD`, when it sends one. */
  readonly lastModified?: string;
}

/**
 * Fetches `url` (relative to the page) and reports a failed request as a `fetch-failed` error, in
 * the widget's language `lang`.
 */
export async function fetchUserFile(
  url: string,
  lang: Lang,
  signal?: AbortSignal,
): Promise<UserFile> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    // the browser's own message ("Failed to fetch") says less than this, and only in its language
    const t = await fileProblemWords(lang);
    throw new WidgetError(
      'fetch-failed',
      t.couldNotLoad(url, t.requestFailed),
      [{ column: 'src', value: url, reason: t.requestFailedWhy }],
      { cause: error },
    );
  }
  if (!response.ok) {
    const t = await fileProblemWords(lang);
    throw new WidgetError('fetch-failed', t.couldNotLoad(url, `HTTP ${response.status}`), [
      {
        column: 'src',
        value: url,
        reason: t.serverAnswered(response.status, response.statusText),
      },
    ]);
  }
  const text = await response.text();
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

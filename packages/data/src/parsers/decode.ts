import { DataValidationError, fileIssue } from './errors.js';

/** Windows-1252 characters of bytes 0x80-0x9F (where it differs from ISO-8859-1); U+FFFD where unassigned. */
const windows1252High = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

/** Bytes decoded per call of `String.fromCharCode`: few enough to pass as its arguments. */
const CHUNK = 8192;

/**
 * Decodes Windows-1252 bytes (done by hand: some runtimes decode that label as ISO-8859-1), a
 * chunk of characters at a time: one string per 8 KB, joined once.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - start] =
        byte >= 0x80 && byte < 0xa0 ? windows1252High.charCodeAt(byte - 0x80) : byte;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}

/** What `input` is, in a word, for an issue that says it is not a file. */
function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/**
 * Text of a file: bytes are read as UTF-8, or as Windows-1252 (the Latin-1 superset SESNSP's older
 * files use) when they are not valid UTF-8. A leading byte-order mark is removed.
 *
 * @throws DataValidationError (`not-text`, row 0) when `input` is neither a string nor a
 * `Uint8Array` (a `Buffer` is one).
 */
export function decodeText(input: string | Uint8Array): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (!(input instanceof Uint8Array)) {
    throw new DataValidationError([
      fileIssue(0, '', typeName(input), { code: 'not-text', params: {} }),
    ]);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      text = decodeWindows1252(input);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

/**
 * A loose key for matching header names and labels: lower case, letters and digits only, with every
 * non-ASCII letter dropped. "Año", "AÑO" and a mis-decoded "AÒo" all give "ao"; "Bien jurídico
 * afectado" and "Bien jurÌdico afectado" both give "bienjurdicoafectado".
 */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Windows-1252 characters of bytes 0x80-0x9F (where it differs from ISO-8859-1); U+FFFD where unassigned. */
const windows1252High = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

/** Decodes Windows-1252 bytes (done by hand: some runtimes decode that label as ISO-8859-1). */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text += byte >= 0x80 && byte < 0xa0 ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/**
 * Text of a file: bytes are read as UTF-8, or as Windows-1252 (the Latin-1 superset SESNSP's older
 * files use) when they are not valid UTF-8. A leading byte-order mark is removed.
 */
export function decodeText(input: string | Uint8Array): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
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

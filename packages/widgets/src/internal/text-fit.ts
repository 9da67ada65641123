/** Breaks `label` at spaces into lines of at most `chars` characters (a longer word stays whole). */
export function wrapWords(label: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    const joined = last >= 0 ? `${lines[last]} ${word}` : word;
    if (last >= 0 && joined.length <= chars) lines[last] = joined;
    else lines.push(word);
  }
  return lines;
}

/** `text` cut with an ellipsis to at most `max` characters (at least the ellipsis). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * Estimated width in pixels of `text` set at `size` px: 0.6 em a character, taken wide (the
 * widgets' labels measure 0.5-0.58 em a character in common system sans fonts), so text placed by
 * it stays inside its box. The one estimate that charts, legends and axes lay text out with.
 */
export function textWidth(text: string, size = 12): number {
  return (text.length * size * 3) / 5;
}

/** The width of the widest of `texts` by {@link textWidth}; 0 for none. */
export function widestText(texts: readonly string[], size = 12): number {
  return Math.max(0, ...texts.map((text) => textWidth(text, size)));
}

/** How many characters of `size` px text fit in `width` pixels, by {@link textWidth}. */
export function charsIn(width: number, size = 12): number {
  return Math.floor((width * 5) / (size * 3));
}

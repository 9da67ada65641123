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

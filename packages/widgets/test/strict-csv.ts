/**
 * RFC 4180 read strictly, as pandas' C parser reads a file: a quote may only open a cell or close it
 * (doubled inside), and anything else is an error. Written here, not taken from the writer's library
 * (d3-dsv), so a test of a downloaded file does not grade the writer with its own reader.
 */
export function strictRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      const end = /^"((?:[^"]|"")*)"/.exec(text.slice(i));
      if (!end) throw new Error(`unclosed quote at ${i}`);
      cell = end[1]!.replaceAll('""', '"');
      i += end[0].length;
    } else {
      const plain = /^[^",\r\n]*/.exec(text.slice(i))![0];
      cell = plain;
      i += plain.length;
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
    } else if (i >= text.length || text[i] === '\n' || text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      if (i >= text.length) return rows;
      i += text[i] === '\n' ? 1 : 2;
      if (i >= text.length) return rows;
    } else {
      throw new Error(`stray ${JSON.stringify(text[i])} at ${i}`);
    }
  }
}

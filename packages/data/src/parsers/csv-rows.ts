const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A quoted cell that cannot be read: it never closes, or text follows its closing quote; its line
 * (where the row starts, 1-based) and its place in the row (0-based).
 */
export interface QuoteProblem {
  readonly problem: 'unclosed-quote' | 'text-after-quote';
  readonly line: number;
  readonly cell: number;
}

/** How many line ends (`\n`, `\r\n` or a lone `\r`) `text` holds from `from` to before `to`. */
function lineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/** Index of the first comma or line end at or after `from` (the end of `text` when none). */
function cellEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); i < text.length && c !== COMMA && c !== LF && c !== CR;)
    c = text.charCodeAt(++i);
  return i;
}

/**
 * Reads `text` as CSV (RFC 4180), calling `visit` with each row's cells and the line it starts on
 * (1-based, every line counted, blank ones too; a quoted cell may run over several lines). Cells
 * are separated by commas and rows by `\n`, `\r\n` or `\r`; a cell that starts with `"` is
 * quoted, `""` inside it standing for one `"`, and must end at its closing quote. A line end after
 * the last row gives no row of its own.
 *
 * One pass, holding one row at a time: the rows are never all in memory at once.
 *
 * @returns the first quoted cell that cannot be read (the rows before it were visited): one that
 * never closes, or one whose closing quote text follows (`"12"3`, which readers split in different
 * places); `undefined` when there is none.
 */
export function eachCsvRow(
  text: string,
  visit: (cells: string[], line: number) => void,
): QuoteProblem | undefined {
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) return { problem: 'unclosed-quote', line: start, cell: cells.length };
          line += lineEnds(text, from, close);
          if (text.charCodeAt(close + 1) !== QUOTE) {
            value += text.slice(from, close);
            i = close + 1;
            break;
          }
          value += text.slice(from, close + 1);
          from = close + 2;
        }
        if (cellEnd(text, i) !== i)
          return { problem: 'text-after-quote', line: start, cell: cells.length };
        cells.push(value);
      } else {
        const end = cellEnd(text, i);
        cells.push(text.slice(i, end));
        i = end;
      }
      const c = text.charCodeAt(i);
      if (c !== COMMA) {
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        if (c === CR || c === LF) line++;
        i++;
        break;
      }
      i++;
    }
    visit(cells, start);
  }
  return undefined;
}

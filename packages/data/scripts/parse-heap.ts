/**
 * How much memory parsing a big SESNSP file takes: `tsx scripts/parse-heap.ts <MB> <utf8|latin1>
 * [parse|hold]` builds a file of about that size in the 2015- state layout (as bytes) and parses
 * it; `hold` builds the same bytes and does not parse, for the difference of the two peak RSS
 * (measure each with `/usr/bin/time -v`) to be the parse's own.
 */
import { parseSesnspStateCsv } from '../src/parsers/sesnsp.js';
import { bigSesnspText } from '../src/test-helpers/sesnsp-files.js';

/** Windows-1252 bytes of a text whose characters are all below U+0100. */
function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const [megabytes = '26', encoding = 'utf8', mode = 'parse'] = process.argv.slice(2);
const text = bigSesnspText(Number(megabytes) * 1024 * 1024);
const bytes = encoding === 'latin1' ? latin1(text) : new TextEncoder().encode(text);
const start = performance.now();
const rows =
  mode === 'parse'
    ? parseSesnspStateCsv(bytes, { seriesId: 'big', sourceId: 'BIG', vintage: '2022-04' }).length
    : 0;
console.log(
  `${(bytes.length / 1024 / 1024).toFixed(1)} MB ${encoding}, ${mode}: ${rows} observations in ${Math.round(performance.now() - start)} ms`,
);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regions } from '../regions.js';

/**
 * SESNSP's official sample, IDEFC_NM (March 2022): the rows for Chihuahua and Mexico City,
 * 2021-2022, every crime, cut byte for byte (see raw/homicides/samples/README.md).
 */
export const sesnspSampleBytes = new Uint8Array(
  readFileSync(
    join(
      import.meta.dirname,
      '..',
      '..',
      'raw',
      'homicides',
      'samples',
      'IDEFC_NM_mar22_sample.csv',
    ),
  ),
);

/** The official sample as text (UTF-8, its byte-order mark kept). */
export const sesnspSampleText = new TextDecoder().decode(sesnspSampleBytes);

/**
 * A file in SESNSP's 2015- state layout of about `bytes` bytes, made of copies of the official
 * sample's rows, each copy moved to another pair of states and years so that no row repeats
 * another: the size of a real national file (26 MB) without storing one.
 */
export function bigSesnspText(bytes: number): string {
  const [header, ...rows] = sesnspSampleText
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const states = regions.filter((region) => region.level === 'state');
  const lines = [header!];
  let size = header!.length;
  for (let copy = 0; size < bytes; copy++) {
    const pair = copy % 16;
    const years = Math.floor(copy / 16);
    const [a, b] = [states[2 * pair]!, states[2 * pair + 1]!];
    for (const row of rows) {
      const cells = row.split(',');
      const state = cells[1] === '8' ? a : b;
      cells[0] = String(1900 + 2 * years + (cells[0] === '2021' ? 0 : 1));
      cells[1] = String(Number(state.inegiCode));
      cells[2] = state.name.es;
      const line = cells.join(',');
      lines.push(line);
      size += line.length + 2;
    }
  }
  return lines.join('\r\n');
}

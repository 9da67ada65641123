import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { parseLongCsv } from './long.js';
import { parseSesnspStateCsv } from './sesnsp.js';

const raw = join(import.meta.dirname, '..', '..', 'raw', 'homicides');
const options = { seriesId: 'bench', sourceId: 'BENCH', vintage: '2024' };
/** The official SESNSP sample (392 rows, all crimes), as bytes. */
const sesnspSample = new Uint8Array(
  readFileSync(join(raw, 'samples', 'IDEFC_NM_mar22_sample.csv')),
);
/** INEGI by registration, 10,692 state-month rows, rewritten as region,year,month,count. */
const longFile = readFileSync(
  join(raw, 'inegi_homicides_state_month_registration_1990_2016.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([state, , year, month, count]) => `${state},${year},${month},${count}`);
const longText = ['region,year,month,count', ...longFile].join('\n');

describe('parsers', () => {
  bench('parseSesnspStateCsv: official sample, 392 rows (bytes)', () => {
    parseSesnspStateCsv(sesnspSample, options);
  });
  bench('parseLongCsv: 10,692 rows', () => {
    parseLongCsv(longText, options);
  });
});

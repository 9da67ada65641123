import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_BUDGET, firstLoadBytes, staticGraph, WIDGET_BUDGET } from '../bench/sizes.js';

const cdn = join(import.meta.dirname, '../dist/cdn');
const files = readdirSync(cdn).filter((name) => name.endsWith('.js'));

describe('the CDN files', () => {
  it('are every widget and usmx.js', () => {
    expect(files.sort()).toEqual([
      'usmx-claim.js',
      'usmx-corridor-share.js',
      'usmx-group-lineage.js',
      'usmx-homicide-trend.js',
      'usmx-splinter-count.js',
      'usmx.js',
    ]);
  });

  // A chunk the page loads before the first render costs a request and its own gzip overhead: a
  // module shared by the entry and a lazy chunk is split out by the bundler, which this catches.
  for (const name of files) {
    it(`${name} loads as one file, within its budget`, () => {
      const path = join(cdn, name);
      expect(staticGraph(path)).toEqual([path]);
      expect(firstLoadBytes(path)).toBeLessThanOrEqual(
        name === 'usmx.js' ? ALL_BUDGET : WIDGET_BUDGET,
      );
    });
  }
});

// The decision table printed on the method page is the one verdictOf applies: each row of the
// page's table is turned into readings of that pattern and checked against verdictOf.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimById } from '@usmx/data/claims';
import { checkClaim, verdictOf, type ClaimReading } from '@usmx/indicators/claims';
import { beforeAll, describe, expect, it } from 'vitest';

const page = readFileSync(join(import.meta.dirname, 'check-claim.mdx'), 'utf8');
const section = page.slice(page.indexOf('## Decision rules'), page.indexOf('## Direction'));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && line.includes('`'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

/** A real reading of the ledger (ONDCP's 95% for 2010), reshaped to each case of the table. */
let template: ClaimReading;
beforeAll(async () => {
  template = (await checkClaim(claimById('corridor-share-2010')!)).now[0]!;
});

function reading(sameDefinition: boolean, agrees: boolean | null): ClaimReading {
  return { ...template, sameDefinition, counted: true, agrees };
}

/** Readings matching a cell of the table: the agreements it describes (each case of "any"). */
function readingsFor(cell: string, sameDefinition: boolean): ClaimReading[][] {
  const make = (...agrees: (boolean | null)[]) => agrees.map((a) => reading(sameDefinition, a));
  const cases: Record<string, ClaimReading[][]> = {
    'none that can say': [[], make(null)],
    'all agree': [make(true, true)],
    'none disagrees': [[], make(true), make(null)],
    'some disagree': [make(true, false), make(false)],
    'some agree, some do not': [make(true, false)],
    'none agrees': [make(false, false), make(false)],
    'some agree': [make(true, false), make(true)],
    any: [[], make(true), make(false), make(true, false)],
  };
  const found = cases[cell];
  if (!found) throw new Error(`the test does not know the cell "${cell}"`);
  return found;
}

describe('the decision table of the method page', () => {
  it('has the nine rows, one per verdict case', () => {
    expect(rows).toHaveLength(9);
  });

  it.each(rows)('own: %s; other: %s -> %s', (own, other, verdict) => {
    for (const ownReadings of readingsFor(own!, true))
      for (const otherReadings of readingsFor(other!, false))
        expect(verdictOf([...ownReadings, ...otherReadings])).toBe(verdict!.replaceAll('`', ''));
  });
});

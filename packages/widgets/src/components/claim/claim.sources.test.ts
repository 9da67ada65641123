// Kept apart from claim.test.ts, which imports the whole source list itself.
import { afterEach, expect, it } from 'vitest';
import { clearBody, fixture, mount } from '../../../test/mount.js';
import { part, parts, text } from '../../../test/read.js';
import './claim.js';
import type { UsmxClaim } from './claim.component.js';

/** Whether this page has fetched the module holding every source of the dataset. */
const allSourcesFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/data\/dist\/sources\.js(\?|$)/.test(entry.name));

afterEach(clearBody);

it('cites a reader’s claim from its table’s sources, without loading every source', async () => {
  // "about 95 percent" through the corridor in 2010, where ONDCP reports 95% (corridor FACTS.md)
  const claim = (await (await fetch(fixture('claim.json'))).json()) as Record<string, unknown>;
  for (const sourceId of ['MY_BLOG', 'https://example.org/my-report']) {
    const { element, event } = await mount<UsmxClaim>(
      'usmx-claim',
      {},
      { data: { ...claim, sourceId } },
    );
    expect(event.type).toBe('usmx-ready');
    const footer = text(part(element, '[part=footer]'));
    // the reader's own source as given, and the corridor source the verdict rests on
    expect(footer).toContain(sourceId);
    expect(footer).toContain('Cocaine Smuggling in 2010');
    const links = parts(element, '[part=footer] a').map((link) => link.getAttribute('href'));
    expect(links.includes(sourceId)).toBe(sourceId.startsWith('https:'));
  }
  expect(allSourcesFetched()).toBe(false);
  // control: the check above sees the module once something loads it
  await import('@usmx/data/sources');
  expect(allSourcesFetched()).toBe(true);
});

import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  axeViolations,
  captureDownload,
  errorDetail,
  mount,
  part,
  parts,
  settle,
  svgSnapshot,
} from '../../../test/helpers.js';
import './group-lineage.js';
import type { UsmxGroupLineage } from './group-lineage.component.js';
import { decimalYear } from './group-lineage.model.js';

const TAG = 'usmx-group-lineage';
const fixtures = new URL('/test/fixtures/', location.origin);
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => document.body.replaceChildren());

describe('<usmx-group-lineage> accessibility', () => {
  for (const [name, attributes] of [
    ['light', { theme: 'light' }],
    ['dark', { theme: 'dark' }],
    ['Spanish', { lang: 'es' }],
  ] as const) {
    it(`has no axe violations (${name}), table open`, async () => {
      const { element, event } = await mount<UsmxGroupLineage>(TAG, attributes);
      expect(event.type).toBe('usmx-ready');
      part(element, '.actions button')?.click();
      await element.updateComplete;
      expect(await axeViolations(element)).toEqual([]);
    });
  }

  it('reaches organizations and events by keyboard', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG);
    part(element, '[part=chart]')?.focus();
    const heard: string[] = [];
    // one stop per organization line and per event, in reading order (row by row)
    for (let i = 0; i < 60; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await element.updateComplete;
      heard.push(text(part(element, '[role=status]')));
    }
    // leadership_events.csv E001: Félix Gallardo (Guadalajara) arrested, 1989
    expect(heard.some((h) => h.startsWith('Guadalajara Cartel: founded 1980'))).toBe(true);
    expect(
      heard.some((h) =>
        h.startsWith('Guadalajara Cartel, 1989: Miguel Ángel Félix Gallardo arrested'),
      ),
    ).toBe(true);
  });
});

describe('<usmx-group-lineage> tree', () => {
  it('draws every dated organization and every leadership event', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG);
    // organizations.csv has 47 rows; DIAZ_PARADA has no year (FACTS.md) and is listed instead of drawn
    expect(parts(element, '.org')).toHaveLength(46);
    expect(text(part(element, '[part=callout]'))).toMatch(
      /^Not drawn \(no founding year\): .*Díaz Parada/,
    );
    // leadership_events.csv: 39 events, of which 8 killed, 23 arrested, 3 extradited
    expect(parts(element, '.orgs .event')).toHaveLength(39);
    expect(text(part(element, '[part=summary]'))).toContain(
      '39 leadership events are marked (8 killed, 23 arrested, 3 extradited)',
    );
    // a split is drawn from its parent's line: Los Zetas come from the Gulf Cartel
    const zetas = part(element, '.org[data-id=ZETAS]');
    expect(zetas?.querySelector('.connector')).not.toBeNull();
  });

  it('narrows the years with from and to', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { from: '2000', to: '2010' });
    const ticks = parts(element, '.axis-x text').map(text);
    expect(ticks.at(-1)).toBe('2010');
    expect(Number(ticks[0])).toBeGreaterThanOrEqual(2000);
    const next = settle(element);
    element.setAttribute('from', '2011');
    expect(errorDetail(await next).issues).toEqual([
      { column: 'from', value: '2011', reason: 'must not be after to (2010)' },
    ]);
  });

  it('places dated events within their year', () => {
    expect(decimalYear('1989')).toBe(1989.5);
    expect(decimalYear('2003-03')).toBeCloseTo(2003 + 2 / 12 + 14 / 365, 10);
    expect(decimalYear('2014-02-22')).toBeCloseTo(2014 + 1 / 12 + 21 / 365, 10);
  });

  it('speaks Spanish', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { lang: 'es' });
    expect(text(part(element, '[part=summary]'))).toMatch(
      /^46 organizaciones descienden de \d+ grupos fundadores/,
    );
  });
});

describe('<usmx-group-lineage> user data and downloads', () => {
  it('draws user organizations from a JSON file, without events', async () => {
    const { element, event } = await mount<UsmxGroupLineage>(TAG, {
      src: new URL('organizations.json', fixtures).href,
      from: '1999',
      to: '2015',
    });
    expect(event.type).toBe('usmx-ready');
    expect(parts(element, '.org')).toHaveLength(4);
    expect(parts(element, '.orgs .event')).toHaveLength(0);
    // BETA and GAMMA split from ALPHA, DELTA from BETA
    expect(parts(element, '.connector')).toHaveLength(3);
  });

  it('lists the bad fields of a malformed file', async () => {
    const { event } = await mount<UsmxGroupLineage>(TAG, {
      src: new URL('organizations-invalid.json', fixtures).href,
    });
    expect(errorDetail(event).issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'id'],
      [3, 'yearFounded'],
    ]);
  });

  it('downloads organizations with their events as CSV', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG);
    const capture = captureDownload();
    try {
      part(element, '[data-action=csv]')?.click();
      const lines = ((await capture.blobs[0]?.text()) ?? '').split('\r\n');
      expect(lines).toContain('organization,parents,founded,ceased,events');
      expect(
        lines.some(
          (l) =>
            l.startsWith('Guadalajara Cartel,,1980,1989,') && l.includes('Félix Gallardo arrested'),
        ),
      ).toBe(true);
    } finally {
      capture.restore();
    }
  });

  it('draws the same SVG for the same data (640 px)', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { to: '2024' });
    expect(svgSnapshot(element)).toMatchSnapshot();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  clearBody,
  errorDetail,
  mount,
  part,
  parts,
  press,
  settle,
  text,
} from '../../../test/helpers.js';
import { describeWidgetContract } from '../../../test/widget-contract.js';
import './group-lineage.js';
import type { UsmxGroupLineage } from './group-lineage.component.js';
import { decimalYear } from './group-lineage.model.js';

const TAG = 'usmx-group-lineage';

afterEach(clearBody);

describeWidgetContract(TAG, {
  render: {},
  invalid: {
    attributes: { from: '19x0', to: '1850' },
    columns: ['from', 'to'],
    names: 'expected a year',
  },
  src: {
    file: 'organizations.json',
    attributes: { from: '1999', to: '2015' },
    check: (element) => {
      // a user's file has organizations only: no leadership events
      expect(parts(element, '.org')).toHaveLength(4);
      expect(parts(element, '.orgs .event')).toHaveLength(0);
      // BETA and GAMMA split from ALPHA, DELTA from BETA
      expect(parts(element, '.connector')).toHaveLength(3);
    },
  },
  malformed: {
    file: 'organizations-invalid.json',
    // row 2: a lowercase id with a space; row 3: founded in 1800
    issues: ['row 2: id', 'row 3: yearFounded'],
  },
  csv: {
    attributes: {},
    columns: 'organization,parents,founded,ceased,events',
    // leadership_events.csv E001: Félix Gallardo (Guadalajara) arrested, 1989
    rows: [/^Guadalajara Cartel,,1980,1989,.*Félix Gallardo arrested/],
  },
  snapshot: { to: '2024' },
});

describe('<usmx-group-lineage> keyboard', () => {
  it('reaches organizations and events by keyboard', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG);
    const heard: string[] = [];
    // one stop per organization line and per event, in reading order (row by row)
    for (let i = 0; i < 60; i++) heard.push(await press(element, 'ArrowRight'));
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

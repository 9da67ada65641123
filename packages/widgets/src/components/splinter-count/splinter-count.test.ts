import { MAJOR_LIST_YEARS } from '@usmx/indicators/splinter-count';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { UsmxRuleChangeEvent } from '../../internal/events.js';
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
import './splinter-count.js';
import type { UsmxSplinterCount } from './splinter-count.component.js';
import { SPLINTER_RULES } from './splinter-count.messages.js';

const TAG = 'usmx-splinter-count';
const fixtures = new URL('/test/fixtures/', location.origin);
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The article's years: "5 or 6 major organizations" (2006) to "upwards of 20" (2017). */
const ARTICLE = { from: '2006', to: '2017' };

afterEach(() => document.body.replaceChildren());

describe('<usmx-splinter-count> accessibility', () => {
  for (const [name, attributes] of [
    ['light', { theme: 'light' }],
    ['dark', { theme: 'dark' }],
    ['Spanish', { lang: 'es' }],
  ] as const) {
    it(`has no axe violations (${name}), table open`, async () => {
      const { element, event } = await mount<UsmxSplinterCount>(TAG, { ...ARTICLE, ...attributes });
      expect(event.type).toBe('usmx-ready');
      part(element, '.actions button')?.click();
      await element.updateComplete;
      expect(await axeViolations(element)).toEqual([]);
    });
  }

  it('reaches counts by keyboard and announces them', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    part(element, '[part=chart]')?.focus();
    await userEvent.keyboard('{Home}');
    await element.updateComplete;
    const status = () => text(part(element, '[role=status]'));
    // the leftmost mark is a published count over 1998-2012, drawn at its middle year
    expect(status()).toMatch(/^1998-2012: 5-80 major organizations/);
    const heard: string[] = [];
    for (let i = 0; i < 8; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await element.updateComplete;
      heard.push(status());
    }
    // FACTS.md: 10 organizations active in 2006 (all dated rows)
    expect(heard).toContain('2006: 10 organizations (Every organization in the lineage)');
  });
});

describe('<usmx-splinter-count> counting', () => {
  it('counts the lineage as in FACTS.md (2006: 10, 2017: 37)', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    expect(text(part(element, '[part=callout]'))).toBe('2006: 10 → 2017: 37');
    expect(parts(element, '.counted-marks .counted')).toHaveLength(2017 - 2006 + 1);
  });

  it('switches rules from its control, firing usmx-rule-change', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    const changes: UsmxRuleChangeEvent[] = [];
    document.addEventListener('usmx-rule-change', (e) => changes.push(e), { once: true });
    const next = settle(element);
    await userEvent.selectOptions(
      part<HTMLSelectElement>(element, 'select') as HTMLSelectElement,
      'lineage-verified',
    );
    await next;
    await element.updateComplete;
    expect(changes[0]?.detail).toEqual({ rule: 'lineage-verified' });
    expect(element.getAttribute('rule')).toBe('lineage-verified');
    // FACTS.md, verified founding years only: 6 in 2006, 25 in 2017
    expect(text(part(element, '[part=callout]'))).toBe('2006: 6 → 2017: 25');
  });

  it('does not fire usmx-rule-change when the rule is set from code', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    let fired = 0;
    element.addEventListener('usmx-rule-change', () => (fired += 1));
    const next = settle(element);
    element.rule = 'PGR_2014_nine';
    await next;
    await element.updateComplete;
    expect(fired).toBe(0);
    // organizations.csv: nine rows marked yes in major_PGR_2014_nine
    expect(text(part(element, '[part=summary]'))).toMatch(
      /^PGR list: nine cartels \(2014\): 9 organizations in 2014/,
    );
    expect(parts(element, '.counted-marks .counted')).toHaveLength(1);
  });

  it('offers every published list as a rule', () => {
    expect(SPLINTER_RULES.filter((r) => !r.startsWith('lineage')).sort()).toEqual(
      Object.keys(MAJOR_LIST_YEARS).sort(),
    );
  });

  it('shows each published count as its own mark, never joined', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    const published = parts(element, '.published-marks .figure').length;
    expect(published).toBeGreaterThan(10);
    expect(parts(element, 'path.counted-line')).toHaveLength(1);
    expect(text(part(element, '[part=summary]'))).toMatch(
      new RegExp(`beside ${published} published counts`),
    );
  });

  it('speaks Spanish', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, { ...ARTICLE, lang: 'es' });
    expect(text(part(element, 'label'))).toBe('Regla de conteo');
    expect(text(part(element, '[part=summary]'))).toMatch(
      /^Todas las organizaciones del linaje: 10 organizaciones activas en 2006 y 37 en 2017/,
    );
  });
});

describe('<usmx-splinter-count> errors and user data', () => {
  it('lists an unknown rule and a bad year', async () => {
    const { element, event } = await mount<UsmxSplinterCount>(TAG, {
      rule: 'gut-feeling',
      from: '20x0',
    });
    expect(errorDetail(event).issues.map((i) => i.column)).toEqual(['rule', 'from']);
    expect(parts(element, '[role=alert] li')).toHaveLength(2);
  });

  it('counts user organizations from a JSON file', async () => {
    const { element, event } = await mount<UsmxSplinterCount>(TAG, {
      src: new URL('organizations.json', fixtures).href,
      from: '2000',
      to: '2012',
    });
    expect(event.type).toBe('usmx-ready');
    // ALPHA 2000-, BETA 2005-, GAMMA 2008-2010, DELTA 2012-: 1 in 2000, 2 in 2012 (GAMMA ceased)... plus DELTA = 3
    expect(text(part(element, '[part=callout]'))).toBe('2000: 1 → 2012: 3');
  });

  it('lists the bad fields of a malformed file', async () => {
    const { element, event } = await mount<UsmxSplinterCount>(TAG, {
      src: new URL('organizations-invalid.json', fixtures).href,
    });
    expect(errorDetail(event).code).toBe('invalid-data');
    const items = parts(element, '[role=alert] li').map(text);
    expect(items.some((i) => i.startsWith('row 2: id'))).toBe(true);
    expect(items.some((i) => i.startsWith('row 3: yearFounded'))).toBe(true);
  });
});

describe('<usmx-splinter-count> downloads and snapshot', () => {
  it('downloads counted and published rows as CSV', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    const capture = captureDownload();
    try {
      part(element, '[data-action=csv]')?.click();
      const lines = ((await capture.blobs[0]?.text()) ?? '').split('\r\n');
      expect(lines).toContain('year,kind,count_low,count_high,unit,counted_by,source_id');
      expect(lines.some((l) => l.startsWith('2017,Counted under the rule,37,37,'))).toBe(true);
      // published_counts.csv P001: CRS, four dominant DTOs in 2006
      expect(
        lines.some((l) =>
          l.startsWith('2006,Published counts (each in its own unit),4,4,dominant DTOs,'),
        ),
      ).toBe(true);
    } finally {
      capture.restore();
    }
  });

  it('draws the same SVG for the same data (640 px)', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    expect(svgSnapshot(element)).toMatchSnapshot();
  });
});

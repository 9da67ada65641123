import { MAJOR_LIST_YEARS } from '@usmx/indicators/splinter-count';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { UsmxRuleChangeEvent } from '../../internal/events.js';
import { clearBody, mount, part, parts, press, settle, text } from '../../../test/helpers.js';
import { describeWidgetContract } from '../../../test/widget-contract.js';
import './splinter-count.js';
import type { UsmxSplinterCount } from './splinter-count.component.js';
import { SPLINTER_RULES } from './splinter-count.messages.js';

const TAG = 'usmx-splinter-count';
/** The article's years: "5 or 6 major organizations" (2006) to "upwards of 20" (2017). */
const ARTICLE = { from: '2006', to: '2017' };

afterEach(clearBody);

describeWidgetContract(TAG, {
  render: ARTICLE,
  invalid: {
    attributes: { rule: 'gut-feeling', from: '20x0' },
    columns: ['rule', 'from'],
    // the rules it accepts (README)
    names: 'lineage-verified',
  },
  src: {
    file: 'organizations.json',
    attributes: { from: '2000', to: '2012' },
    // ALPHA 2000-, BETA 2005-, GAMMA 2008-2010, DELTA 2012-: 1 in 2000, 2 in 2012 (GAMMA ceased)... plus DELTA = 3
    check: (element) => {
      expect(text(part(element, '[part=callout]'))).toBe('2000: 1 → 2012: 3');
    },
  },
  malformed: {
    file: 'organizations-invalid.json',
    // row 2: a lowercase id with a space; row 3: founded in 1800
    issues: ['row 2: id', 'row 3: yearFounded'],
  },
  csv: {
    attributes: ARTICLE,
    columns: 'year,kind,count_low,count_high,unit,counted_by,source_id',
    rows: [
      // FACTS.md: 37 organizations in 2017 under the lineage rule
      /^2017,Counted under the rule,37,37,/,
      // published_counts.csv P001: CRS, four dominant DTOs in 2006
      /^2006,Published counts \(each in its own unit\),4,4,dominant DTOs,/,
    ],
  },
  snapshot: ARTICLE,
});

describe('<usmx-splinter-count> keyboard', () => {
  it('reaches counts by keyboard and announces them', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    // the leftmost mark is a published count over 1998-2012, drawn at its middle year
    expect(await press(element, 'Home')).toMatch(/^1998-2012: 5-80 major organizations/);
    const heard: string[] = [];
    for (let i = 0; i < 8; i++) heard.push(await press(element, 'ArrowRight'));
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

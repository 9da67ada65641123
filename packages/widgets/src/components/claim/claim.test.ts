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
import './claim.js';
import type { UsmxClaim } from './claim.component.js';

const TAG = 'usmx-claim';
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const LEDGER = [
  'homicides-ytd-2017',
  'homicide-record-2017',
  'corridor-share-2010',
  'corridor-balloon-2016',
  'splinter-groups-2002-2017',
  'caribbean-share-2013',
  'caribbean-share-2012',
  'corridor-share-2014-2015',
  'group-count-2012-pgr',
  'group-count-2014-pgr',
  'group-count-2015-zeron',
];

afterEach(() => document.body.replaceChildren());

// the first test loads the dataset chunks into a cold browser: allow for a slow machine
describe('<usmx-claim> accessibility', { timeout: 60_000 }, () => {
  for (const [name, attributes] of [
    ['light', { theme: 'light' }],
    ['dark', { theme: 'dark' }],
    ['Spanish', { lang: 'es' }],
  ] as const) {
    it(`has no axe violations (${name}), table open`, async () => {
      const { element, event } = await mount<UsmxClaim>(TAG, attributes);
      expect(event.type).toBe('usmx-ready');
      part(element, '.actions button')?.click();
      await element.updateComplete;
      expect(await axeViolations(element)).toEqual([]);
    });
  }

  it.each(LEDGER)('renders %s without axe violations', async (claim) => {
    const { element, event } = await mount<UsmxClaim>(TAG, { claim });
    expect(event.type).toBe('usmx-ready');
    expect(text(part(element, '[part=callout]'))).toMatch(/^Verdict: /);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('reaches every figure by keyboard and announces it', async () => {
    const { element } = await mount<UsmxClaim>(TAG);
    part(element, '[part=chart]')?.focus();
    await userEvent.keyboard('{Home}');
    await element.updateComplete;
    // the first reading: SESNSP case files, 1997-2017 method, January-April 2017: +30.7% (FACTS.md)
    expect(text(part(element, '[role=status]'))).toMatch(
      /^SESNSP intentional homicide case files, 1997-2017 method: \+30\.7%, latest data; does not agree/,
    );
    // figures under the claim's own definition come first, now and then as published by the claim's
    // date: the fifth is the victims release of 2017-05-20, +32.1% (FACTS.md)
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    expect(text(part(element, '[role=status]'))).toMatch(
      /\+32\.1%, as published by 2017-05-31; does not agree$/,
    );
    await userEvent.keyboard('{End}');
    await element.updateComplete;
    expect(text(part(element, '[role=status]'))).toMatch(/; other definition$/);
  });
});

describe('<usmx-claim> content', () => {
  it('shows the quote, who said it and when, the verdict and the figures (claim 1)', async () => {
    const { element } = await mount<UsmxClaim>(TAG, { claim: 'homicides-ytd-2017' });
    expect(text(part(element, 'blockquote'))).toBe(
      '“so far this year, homicides are up nearly 25 percent compared to last year”',
    );
    expect(text(part(element, 'figcaption'))).toMatch(
      /Wilson Center Mexico Institute .*, 2017-05$/,
    );
    expect(text(part(element, '[part=callout]'))).toBe('Verdict: Not supported');
    // 4 SESNSP series now, the victims release of 2017-05-20, and 4 other definitions
    const rows = parts(element, '.marks > .row');
    expect(rows.length).toBe(9);
    expect(parts(element, '.marks .mark.own.agrees')).toHaveLength(0);
    expect(text(part(element, '[part=explanation]'))).toContain('+21.7%');
    expect(parts(element, '.claimed-band').length).toBeGreaterThan(0);
  });

  it('changes with the claim attribute: a supported claim draws agreeing figures', async () => {
    const { element } = await mount<UsmxClaim>(TAG, { claim: 'corridor-share-2010' });
    expect(text(part(element, '[part=callout]'))).toBe('Verdict: Supported');
    const next = settle(element);
    element.setAttribute('claim', 'corridor-balloon-2016');
    await next;
    await element.updateComplete;
    expect(text(part(element, '[part=callout]'))).toBe('Verdict: Depends on the definition');
    // the balloon windows are drawn in percentage points against the 5-point threshold
    expect(parts(element, '.marks .mark.disagrees').length).toBeGreaterThan(0);
  });

  it('speaks Spanish: verdict, numbers and the original Spanish quote', async () => {
    const { element } = await mount<UsmxClaim>(TAG, { lang: 'es', claim: 'caribbean-share-2012' });
    expect(text(part(element, '[part=callout]'))).toBe('Veredicto: Depende de la definición');
    expect(part(element, 'blockquote')?.getAttribute('lang')).toBeNull(); // same language as the page
    expect(part(element, '.rendering')).toBeNull();
    const english = await mount<UsmxClaim>(TAG, { claim: 'caribbean-share-2012' });
    expect(part(english.element, 'blockquote')?.getAttribute('lang')).toBe('es');
    expect(text(part(english.element, '.rendering'))).toContain(
      'has risen from 5 percent to 9 percent',
    );
    const ytd = await mount<UsmxClaim>(TAG, { lang: 'es' });
    // Spanish decimal comma (text() turns the no-break space before % into a space)
    expect(text(part(ytd.element, '[part=summary]'))).toContain('dice +25,0 %');
  });
});

describe('<usmx-claim> errors and user claims', () => {
  it('an unknown claim id: error state and usmx-error naming the attribute', async () => {
    const { element, event } = await mount<UsmxClaim>(TAG, { claim: 'no-such-claim' });
    const detail = errorDetail(event);
    expect(detail.code).toBe('invalid-attribute');
    expect(detail.issues[0]).toMatchObject({ column: 'claim', value: 'no-such-claim' });
    expect(text(part(element, '[role=alert]'))).toContain('homicides-ytd-2017');
  });

  it("checks the user's own claim given as data, and lists the bad fields of an invalid one", async () => {
    const claim = {
      id: 'my-claim',
      wording: 'about 95 percent came through Mexico and Central America in 2010',
      language: 'en',
      claimant: 'A reader',
      sourceId: 'MY_BLOG',
      date: '2024-01-10',
      rowIds: [],
      verified: 'true',
      test: {
        indicator: 'corridor-share',
        route: 'mexico_central_america',
        refYear: 2010,
        claimed: { low: 95, high: 95 },
        tolerancePp: 2,
      },
    };
    const { element, event } = await mount<UsmxClaim>(TAG, {}, { data: claim });
    expect(event.type).toBe('usmx-ready');
    expect(text(part(element, '[part=callout]'))).toBe('Verdict: Supported');
    const bad = await mount<UsmxClaim>(
      TAG,
      {},
      { data: { ...claim, date: 'last year', test: { ...claim.test, refYear: 'then' } } },
    );
    const columns = errorDetail(bad.event).issues.map((issue) => issue.column);
    expect(columns).toEqual(expect.arrayContaining(['claim.date', 'claim.test.refYear']));
  });

  it('reports a failed request for src', async () => {
    const { event } = await mount<UsmxClaim>(TAG, {
      src: new URL('/test/fixtures/missing-claim.json', location.origin).href,
    });
    expect(errorDetail(event).code).toBe('fetch-failed');
  });
});

describe('<usmx-claim> downloads and snapshot', () => {
  it('downloads every reading as CSV with a citation header', async () => {
    const { element } = await mount<UsmxClaim>(TAG, { claim: 'corridor-share-2010' });
    const capture = captureDownload();
    try {
      part(element, '[data-action=csv]')?.click();
      const lines = ((await capture.blobs[0]?.text()) ?? '').split('\r\n');
      expect(lines[0]).toBe('# A claim, checked against the data');
      expect(lines).toContain(
        'reading,as_of,release,low,high,unit,same_definition,agrees,source_ids',
      );
      // ONDCP, Cocaine Smuggling in 2010: 95% (corridor FACTS.md)
      expect(
        lines.some((line) => line.includes(',latest data,2012-03-16,95,95,%,yes,yes,ONDCP_CS2010')),
      ).toBe(true);
    } finally {
      capture.restore();
    }
  });

  it('draws the same SVG for the same data (640 px)', async () => {
    const { element } = await mount<UsmxClaim>(TAG);
    expect(svgSnapshot(element)).toMatchSnapshot();
  });
});

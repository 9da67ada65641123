import { homicideSeries } from '@usmx/data/homicides';
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
import './homicide-trend.js';
import type { UsmxHomicideTrend } from './homicide-trend.component.js';

const TAG = 'usmx-homicide-trend';
const fixtures = new URL('/test/fixtures/', location.origin);
/** The article's figure: SESNSP victims (1997 method) as published 2017-05-20, Jan-Apr 2017 vs 2016. */
const ARTICLE = { series: 'sesnsp-1997-victims-hd', 'as-of': '2017-04', vintage: '2017-05-20' };
/** SESNSP case files (1997 method): the record before 2017 is 2011 with 22,409 (FACTS.md). */
const INCIDENTS = { series: 'sesnsp-1997-incidents-hd', 'as-of': '2017-04' };

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Bars drawn by the paths matching `selector`: one closed subpath (`M…Z`) per bar. */
const barCount = (element: HTMLElement, selector = '.bars .bar') =>
  parts(element, selector).reduce(
    (n, path) => n + (path.getAttribute('d')?.match(/M/g)?.length ?? 0),
    0,
  );

afterEach(() => document.body.replaceChildren());

describe('<usmx-homicide-trend> accessibility', () => {
  for (const [name, attributes] of [
    ['light', { theme: 'light' }],
    ['dark', { theme: 'dark' }],
    ['Spanish', { lang: 'es' }],
  ] as const) {
    it(`has no axe violations (${name}), table open`, async () => {
      const { element, event } = await mount<UsmxHomicideTrend>(TAG, {
        ...INCIDENTS,
        ...attributes,
      });
      expect(event.type).toBe('usmx-ready');
      part(element, '.actions button')?.click();
      await element.updateComplete;
      expect(part(element, 'table')).not.toBeNull();
      expect(await axeViolations(element)).toEqual([]);
    });
  }

  it('names the chart with its summary and reaches every year by keyboard, announcing the value', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    const chart = part(element, '[part=chart]');
    expect(chart?.getAttribute('aria-labelledby')).toBe('summary');
    chart?.focus();
    await userEvent.keyboard('{Home}');
    await element.updateComplete;
    const status = () => text(part(element, '[role=status]'));
    expect(status()).toBe('1997: 16,866 case files'); // FACTS.md, SESNSP incidents 1997
    for (let i = 0; i < 2011 - 1997; i++) await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    expect(status()).toBe('2011: 22,409 case files, record');
    expect(part(element, '.focus-ring')).not.toBeNull();
    expect(text(part(element, '.tooltip'))).toContain('22,409');
    await userEvent.keyboard('{End}');
    await element.updateComplete;
    expect(status()).toMatch(/^2017: [\d,]+ case files, projection/);
  });
});

describe('<usmx-homicide-trend> data', () => {
  it('shows the national series with no attributes', async () => {
    const { element, event } = await mount<UsmxHomicideTrend>(TAG);
    expect(event.type).toBe('usmx-ready');
    const meta = homicideSeries.find((s) => s.id === 'sesnsp-2015-victims-hd');
    expect(text(part(element, '[part=title]'))).toBe(`Mexico: ${meta?.title.en}`);
    // one bar per complete year of the coverage, and the months of the last year drawn apart
    const [fromYear] = (meta?.coverage.from ?? '').split('-').map(Number) as [number];
    const [toYear, toMonth] = (meta?.coverage.to ?? '').split('-').map(Number) as [number, number];
    const complete = toMonth === 12 ? toYear - fromYear + 1 : toYear - fromYear;
    expect(barCount(element)).toBe(complete);
    expect(parts(element, '.bar.ytd')).toHaveLength(toMonth === 12 ? 0 : 1);
  });

  it('reproduces the published year-to-date change (+32.1%) and marks the record', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, ARTICLE);
    expect(text(part(element, '[part=callout]'))).toBe('Jan-Apr 2017: +32.1% vs 2016');
    expect(text(part(element, '[part=summary]'))).toContain('+32.1% in Jan-Apr 2017');
  });

  it('marks 2011 as the record of SESNSP case files', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    expect(barCount(element, '.bar.record')).toBe(1);
    expect(text(part(element, '.record-label'))).toBe('Record 2011: 22,409');
    expect(parts(element, '.projection')).toHaveLength(1);
    expect(parts(element, '.interval')).toHaveLength(1);
  });

  for (const width of [280, 640, 1200]) {
    it(`keeps the record label clear of the unit title and the current year (${width} px)`, async () => {
      for (const attributes of [{}, INCIDENTS]) {
        const { element } = await mount<UsmxHomicideTrend>(TAG, attributes, { width });
        const box = (selector: string) => part<SVGGraphicsElement>(element, selector)?.getBBox();
        const label = box('.record-label');
        const title = box('.axis-title');
        const current = box('.current');
        expect(label && title).toBeTruthy();
        if (!label || !title) return;
        const apart =
          label.x >= title.x + title.width ||
          title.x >= label.x + label.width ||
          label.y >= title.y + title.height ||
          title.y >= label.y + label.height;
        expect(apart).toBe(true);
        if (current) expect(label.x + label.width).toBeLessThanOrEqual(current.x);
        element.parentElement?.remove();
      }
    });
  }

  it('changes the rendering when attributes change', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    expect(barCount(element)).toBe(2016 - 1997 + 1);
    let next = settle(element);
    element.setAttribute('from', '2006');
    element.setAttribute('to', '2012');
    await next;
    await element.updateComplete;
    expect(barCount(element)).toBe(7);
    expect(parts(element, '.bar.ytd')).toHaveLength(0);

    next = settle(element);
    element.setAttribute('region', 'MX-CHH');
    await next;
    await element.updateComplete;
    expect(text(part(element, '[part=title]'))).toMatch(/^Chihuahua: /);

    next = settle(element);
    element.setAttribute('series', 'inegi-registration-monthly');
    element.setAttribute('measure', 'rate');
    element.removeAttribute('as-of');
    await next;
    await element.updateComplete;
    expect(text(part(element, '.axis-title'))).toBe('deaths per 100,000 people');
  });

  it('formats numbers and text in Spanish', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, { ...INCIDENTS, lang: 'es' });
    expect(text(part(element, '.record-label'))).toBe('Récord 2011: 22.409');
    expect(text(part(element, '[part=title]'))).toMatch(/^México: /);
    expect(text(part(element, '.actions button'))).toBe('Mostrar tabla de datos');
  });

  it('follows the closest lang in the document', async () => {
    const section = document.createElement('section');
    section.lang = 'es';
    document.body.append(section);
    const element = document.createElement(TAG) as UsmxHomicideTrend;
    Object.entries(INCIDENTS).forEach(([k, v]) => element.setAttribute(k, v));
    const ready = settle(element);
    section.append(element);
    await ready;
    await element.updateComplete;
    expect(text(part(element, '.record-label'))).toBe('Récord 2011: 22.409');
  });
});

describe('<usmx-homicide-trend> errors', () => {
  it('lists every invalid attribute and fires usmx-error', async () => {
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, {
      measure: 'deaths',
      'as-of': '2017-13',
      from: '2020',
      to: '2010',
    });
    expect(event.type).toBe('usmx-error');
    const detail = errorDetail(event);
    expect(detail.code).toBe('invalid-attribute');
    expect(detail.issues.map((issue) => issue.column)).toEqual(['as-of', 'measure', 'from']);
    const alert = part(element, '[role=alert]');
    expect(text(alert)).toContain('expected count or rate');
    expect(parts(element, '[role=alert] li')).toHaveLength(3);
  });

  it('reports an unknown series with the known ones', async () => {
    const { event } = await mount<UsmxHomicideTrend>(TAG, { series: 'made-up' });
    expect(event.type).toBe('usmx-error');
    expect(errorDetail(event).issues[0]?.reason).toContain('sesnsp-2015-victims-hd');
  });

  it('reports an as-of outside the data through the indicator’s issues', async () => {
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, {
      series: 'sesnsp-1997-incidents-hd',
      'as-of': '2030-01',
    });
    expect(event.type).toBe('usmx-error');
    expect(parts(element, '[role=alert] li').length).toBeGreaterThan(0);
  });
});

describe('<usmx-homicide-trend> user data', () => {
  it('charts a JSON file from src', async () => {
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, {
      src: new URL('homicides.json', fixtures).href,
    });
    expect(event.type).toBe('usmx-ready');
    // fixture: 2014 = 12 × 100, 2015 = 12 × 110, Jan-Mar 2016 = 3 × 121 against 3 × 110: +10.0%
    expect(text(part(element, '[part=callout]'))).toBe('Jan-Mar 2016: +10.0% vs 2015');
    expect(barCount(element)).toBe(2);
  });

  it('charts a long CSV file from src, citing the file', async () => {
    const src = new URL('homicides-long.csv', fixtures).href;
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, { src, vintage: '2016-04-20' });
    expect(event.type).toBe('usmx-ready');
    expect(text(part(element, '[part=callout]'))).toBe('Jan-Mar 2016: +10.0% vs 2015');
    expect(part(element, 'footer a')?.getAttribute('href')).toBe(src);
  });

  it('lists each bad cell of a malformed CSV file', async () => {
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, {
      src: new URL('homicides-long-invalid.csv', fixtures).href,
    });
    expect(event.type).toBe('usmx-error');
    const items = parts(element, '[role=alert] li').map(text);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^row 3: count \(value "-3"\)/);
    expect(items[1]).toMatch(/^row 4: region/);
    expect(items[2]).toMatch(/^row 5: month/);
  });

  it('charts rows given through the data property', async () => {
    const rows = await (await fetch(new URL('homicides.json', fixtures))).json();
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, {}, { data: rows });
    expect(event.type).toBe('usmx-ready');
    expect(text(part(element, '[part=callout]'))).toBe('Jan-Mar 2016: +10.0% vs 2015');
  });

  it('shows a failed request', async () => {
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, {
      src: new URL('does-not-exist.json', fixtures).href,
    });
    expect(event.type).toBe('usmx-error');
    expect(errorDetail(event).code).toBe('fetch-failed');
    expect(text(part(element, '[role=alert]'))).toContain('does-not-exist.json');
  });

  it('lists the bad rows of a malformed file', async () => {
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, {
      src: new URL('homicides-invalid.json', fixtures).href,
    });
    expect(event.type).toBe('usmx-error');
    const items = parts(element, '[role=alert] li').map(text);
    expect(items.some((item) => item.startsWith('row 2') && item.includes('count'))).toBe(true);
    expect(items.some((item) => item.startsWith('row 3') && item.includes('month'))).toBe(true);
  });

  it('reports a file that is not JSON', async () => {
    const { event } = await mount<UsmxHomicideTrend>(TAG, {
      src: new URL('truncated-json.txt', fixtures).href,
    });
    expect(event.type).toBe('usmx-error');
    expect(errorDetail(event).code).toBe('invalid-data');
  });
});

describe('<usmx-homicide-trend> downloads and snapshot', () => {
  it('downloads the table as CSV with a citation header', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    const capture = captureDownload();
    try {
      part(element, '[data-action=csv]')?.click();
      const csv = await capture.blobs[0]?.text();
      const lines = csv?.split('\r\n') ?? [];
      expect(capture.names[0]).toBe('usmx-sesnsp-1997-incidents-hd-mx-2017-04-count.csv');
      expect(lines[0]).toBe(`# ${text(part(element, '[part=title]'))}`);
      expect(lines.some((line) => line.startsWith('# Cite: usmx'))).toBe(true);
      expect(lines).toContain('year,count,projection_low,projection_high,note');
      expect(lines).toContain('2011,22409,,,record');
      expect(lines).toContain('2016,20547,,,'); // FACTS.md
    } finally {
      capture.restore();
    }
  });

  it('downloads a standalone SVG and a PNG', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    const capture = captureDownload();
    try {
      part(element, '[data-action=svg]')?.click();
      const svgText = await capture.blobs[0]?.text();
      const doc = new DOMParser().parseFromString(svgText ?? '', 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelector('title')?.textContent).toContain(
        text(part(element, '[part=summary]')),
      );
      part(element, '[data-action=png]')?.click();
      await expect
        .poll(() => capture.names.find((n) => n.endsWith('.png')))
        .toBe('usmx-sesnsp-1997-incidents-hd-mx-2017-04-count.png');
    } finally {
      capture.restore();
    }
  });

  it('draws the same SVG for the same data (640 px)', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, { ...INCIDENTS, vintage: '2018-07' });
    expect(svgSnapshot(element)).toMatchSnapshot();
  });
});

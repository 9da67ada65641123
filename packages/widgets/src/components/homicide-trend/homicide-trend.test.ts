import { homicideSeries } from '@usmx/data/homicides';
import { afterEach, describe, expect, it } from 'vitest';
import {
  change,
  clearBody,
  errorDetail,
  fixture,
  mount,
  mountError,
  settle,
} from '../../../test/mount.js';
import { axisTicks, centre, edges, fillTop, near, scaleOfTicks } from '../../../test/chart.js';
import { captureDownload, errorShown, part, parts, press, text } from '../../../test/read.js';
import { describeWidgetContract } from '../../../test/widget-contract.js';
import './homicide-trend.js';
import type { UsmxHomicideTrend } from './homicide-trend.component.js';

const TAG = 'usmx-homicide-trend';
/** The article's figure: SESNSP victims (1997 method) as published 2017-05-20, Jan-Apr 2017 vs 2016. */
const ARTICLE = { series: 'sesnsp-1997-victims-hd', 'as-of': '2017-04', vintage: '2017-05-20' };
/** SESNSP case files (1997 method): the record before 2017 is 2011 with 22,409 (FACTS.md). */
const INCIDENTS = { series: 'sesnsp-1997-incidents-hd', 'as-of': '2017-04' };

/** Bars drawn by the paths matching `selector`: one closed subpath (`M…Z`) per bar. */
const barCount = (element: HTMLElement, selector = '.bars .bar') =>
  parts(element, selector).reduce(
    (n, path) => n + (path.getAttribute('d')?.match(/M/g)?.length ?? 0),
    0,
  );

/** A reader's valid monthly rows from January 2019 on, `count` of them, published 2020-05-15. */
const readerMonths = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    seriesId: 'mine',
    region: 'MX',
    year: 2019 + Math.floor(i / 12),
    month: (i % 12) + 1,
    count: 100 + i,
    sourceId: 'https://example.org/mine.csv',
    vintage: '2020-05-15',
  }));

afterEach(clearBody);

describeWidgetContract(TAG, {
  render: INCIDENTS,
  invalid: {
    attributes: { measure: 'deaths', 'as-of': '2017-13', from: '2020', to: '2010' },
    columns: ['as-of', 'measure', 'to'],
    names: 'expected count or rate',
  },
  src: {
    file: 'homicides.json',
    // fixture: 2014 = 12 × 100, 2015 = 12 × 110, Jan-Mar 2016 = 3 × 121 against 3 × 110: +10.0%
    check: (element) => {
      expect(text(part(element, '[part=callout]'))).toBe('Jan-Mar 2016: +10.0% vs 2015');
      expect(barCount(element)).toBe(2);
    },
  },
  malformed: 'homicides-invalid.json',
  csv: {
    title: `Mexico: ${homicideSeries.find((s) => s.id === INCIDENTS.series)?.title.en}`,
    columns: 'year,count,projection_low,projection_high,note',
    // FACTS.md: 22,409 case files in 2011 (the record), 20,547 in 2016
    rows: [/^2011,22409,,,highest since 1997$/, /^2016,20547,,,$/],
  },
});

describe('<usmx-homicide-trend> chart as a reader sees it', () => {
  /** The figure the announcement gives after `label` ("likely 22,478 to …"), as a number. */
  const figure = (announced: string, label: RegExp) =>
    Number(announced.match(label)?.[1]?.replace(/,/g, '') ?? Number.NaN);

  it('draws each year’s bar from zero to its count, the record apart, as the axis reads', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    const yTicks = axisTicks(element, 'y');
    expect(yTicks[0]?.label).toBe('0');
    const x = scaleOfTicks(axisTicks(element, 'x'));
    const y = scaleOfTicks(yTicks);
    const bars = part<SVGGeometryElement>(element, '.bars .bar:not(.record)')!;
    const record = part<SVGGeometryElement>(element, '.bars .bar.record')!;
    // FACTS.md section 2, SESNSP case files (1997-2017 method), 1997 and 2006-2016
    const counts = [
      [1997, 16866],
      [2006, 11806],
      [2007, 10253],
      [2008, 13155],
      [2009, 16118],
      [2010, 20143],
      [2012, 21459],
      [2013, 18106],
      [2014, 15520],
      [2015, 16909],
      [2016, 20547],
    ] as const;
    for (const [year, count] of counts) {
      expect(fillTop(bars, x(year)), String(year)).toBeCloseTo(y(count), 0);
      expect(bars.isPointInFill(new DOMPoint(x(year), y(0) - 0.5)), String(year)).toBe(true);
    }
    // 2011, the record: 22,409, in the record's colour, with its line and a label naming its span
    // (the case files start in January 1997: homicides/SOURCES.md)
    expect(fillTop(record, x(2011))).toBeCloseTo(y(22409), 0);
    expect(fillTop(bars, x(2011))).toBeNaN();
    expect(centre(part(element, '.record-line .reference')!).y).toBeCloseTo(y(22409), 0);
    expect(text(part(element, '.record-label'))).toBe('Highest since 1997: 22,409 (2011)');
  });

  it('draws 2017 so far, its projection and its likely range at the figures it announces', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    const x = scaleOfTicks(axisTicks(element, 'x'));
    const y = scaleOfTicks(axisTicks(element, 'y'));
    // FACTS.md section 3: Jan-Apr 2017, 7,740 case files (Jul-2018 release)
    const ytd = part<SVGGeometryElement>(element, '.current .bar.ytd')!;
    expect(fillTop(ytd, x(2017))).toBeCloseTo(y(7740), 0);
    const announced = await press(element, 'End');
    expect(announced).toMatch(
      /^2017: [\d,]+ case files, projection, likely [\d,]+ to [\d,]+, Jan-Apr 2017 so far: 7,740$/,
    );
    const projection = part<SVGGeometryElement>(element, '.current .projection')!;
    expect(fillTop(projection, x(2017))).toBeCloseTo(y(figure(announced, /^2017: ([\d,]+)/)), 0);
    expect(edges(part(element, '.current .interval')!)).toMatchObject({
      top: near(y(figure(announced, / to ([\d,]+)/))),
      bottom: near(y(figure(announced, /likely ([\d,]+)/))),
    });
    expect(centre(part(element, '.current .interval')!).x).toEqual(near(x(2017)));
  });

  it('labels every other year along the bottom, 1997 to 2017, in order', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    // 21 years in 640 px: a label every other year, always the last
    expect(axisTicks(element, 'x').map((tick) => tick.label)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(1997 + 2 * i)),
    );
  });
});

describe('<usmx-homicide-trend> keyboard', () => {
  it('names the chart with its summary and reaches every year by keyboard, announcing the value', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    expect(part(element, '[part=chart]')?.getAttribute('aria-labelledby')).toBe('summary');
    expect(await press(element, 'Home')).toBe('1997: 16,866 case files'); // FACTS.md, SESNSP incidents 1997
    expect(await press(element, 'ArrowRight', 2011 - 1997)).toBe(
      '2011: 22,409 case files, highest since 1997',
    );
    expect(part(element, '.focus-ring')).not.toBeNull();
    expect(text(part(element, '.tooltip'))).toContain('22,409');
    expect(await press(element, 'End')).toMatch(/^2017: [\d,]+ case files, projection/);
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
    expect(parts(element, '.mark.bar.ytd')).toHaveLength(toMonth === 12 ? 0 : 1);
  });

  it('reproduces the published year-to-date change (+32.1%) and marks the record', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, ARTICLE);
    expect(text(part(element, '[part=callout]'))).toBe('Jan-Apr 2017: +32.1% vs 2016');
    expect(text(part(element, '[part=summary]'))).toContain('+32.1% in Jan-Apr 2017');
  });

  it('marks 2011 as the record of SESNSP case files', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    expect(barCount(element, '.bar.record')).toBe(1);
    expect(text(part(element, '.record-label'))).toBe('Highest since 1997: 22,409 (2011)');
    expect(parts(element, '.mark.projection')).toHaveLength(1);
    expect(parts(element, '.mark.interval')).toHaveLength(1);
  });

  for (const width of [280, 640, 1200]) {
    it(`keeps the record label, the unit title and the legend apart (${width} px)`, async () => {
      const apart = (a: DOMRect, b: DOMRect) =>
        a.x >= b.x + b.width ||
        b.x >= a.x + a.width ||
        a.y >= b.y + b.height ||
        b.y >= a.y + a.height;
      // a reader's record of exactly 30,000, the top of the axis: its label right under the legend
      const roundRecord = readerMonths(36).map((row) => ({
        ...row,
        count: row.year === 2019 ? 2500 : 2000,
      }));
      for (const [attributes, data] of [
        [{}],
        [INCIDENTS],
        [{ lang: 'es', 'as-of': '2021-12' }, roundRecord],
      ] as const) {
        const { element } = await mount<UsmxHomicideTrend>(TAG, attributes, { width, data });
        const box = (selector: string) => part<SVGGraphicsElement>(element, selector)?.getBBox();
        const label = box('.record-label');
        const title = box('.axis-title');
        const current = box('.current');
        expect(label && title).toBeTruthy();
        if (!label || !title) return;
        const entries = parts<SVGGraphicsElement>(element, '.legend-item').map((item) =>
          item.getBoundingClientRect(),
        );
        expect(entries.length).toBeGreaterThan(1);
        const svgBox = part(element, 'svg.svg')?.getBoundingClientRect() ?? new DOMRect();
        const onPage = (b: DOMRect) =>
          new DOMRect(b.x + svgBox.x, b.y + svgBox.y, b.width, b.height);
        const boxes = [onPage(label), onPage(title), ...entries];
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) expect(apart(a, b), `${i} ${width}`).toBe(true);
        if (current) expect(label.x + label.width).toBeLessThanOrEqual(current.x);
        element.parentElement?.remove();
      }
    });
  }

  it.each([
    {
      name: 'English',
      attributes: INCIDENTS,
      legend: [
        'Complete years',
        'Highest year since 1997',
        'Jan-Apr 2017 so far',
        'Full-year projection',
        'Likely range',
      ],
    },
    {
      name: 'Spanish',
      attributes: { ...INCIDENTS, lang: 'es' },
      legend: [
        'Años completos',
        'Año máximo desde 1997',
        'ene-abr 2017 hasta ahora',
        'Proyección del año completo',
        'Rango probable',
      ],
    },
    // the current year alone: no complete year drawn, none named
    {
      name: 'the current year alone',
      attributes: { ...INCIDENTS, from: '2017' },
      legend: ['Jan-Apr 2017 so far', 'Full-year projection', 'Likely range'],
    },
    // complete years only: nothing left to tell apart from the record but the record itself
    {
      name: 'complete years only',
      attributes: { ...INCIDENTS, 'as-of': '2016-12' },
      legend: ['Complete years', 'Highest year since 1997'],
    },
  ])('explains each kind of bar it draws in a legend ($name)', async ({ attributes, legend }) => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, attributes);
    expect(parts(element, '.legend text').map(text)).toEqual(legend);
  });

  it('sums up the years it shows: with to and no as-of, the year to is the current one', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, {
      series: INCIDENTS.series,
      region: 'MX-CHH',
      from: '2008',
      to: '2012',
    });
    // a whole year is compared with the whole year before, not as "Jan-Dec … the same months"
    expect(text(part(element, '[part=callout]'))).toMatch(/^2012: [+-]\d+\.\d% vs 2011$/);
    const summary = text(part(element, '[part=summary]'));
    expect(summary).toMatch(/^Chihuahua: case files [+-]\d+\.\d% in 2012 compared with 2011/);
    expect(summary).not.toMatch(/201[3-9]|same months/);
    expect(barCount(element)).toBe(5);
    const spanish = await mount<UsmxHomicideTrend>(TAG, {
      series: INCIDENTS.series,
      region: 'MX-CHH',
      from: '2008',
      to: '2012',
      lang: 'es',
    });
    expect(text(part(spanish.element, '[part=summary]'))).toMatch(
      /^Chihuahua: averiguaciones previas [+-]\d+\.\d% en 2012 frente a 2011/,
    );
  });

  it('changes the rendering when attributes change', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    expect(barCount(element)).toBe(2016 - 1997 + 1);
    await change(element, { from: '2006', to: '2012', 'as-of': '2012-12' });
    expect(barCount(element)).toBe(7);
    expect(parts(element, '.mark.bar.ytd')).toHaveLength(0);

    await change(element, { region: 'MX-CHH' });
    expect(text(part(element, '[part=title]'))).toMatch(/^Chihuahua: /);

    await change(element, { series: 'inegi-registration-monthly', measure: 'rate', 'as-of': null });
    expect(text(part(element, '.axis-title'))).toBe('deaths per 100,000 people');

    // as INEGI words its rates: no thousands separator to misread in any Spanish locale, and no
    // space to break the number at
    await change(element, { lang: 'es' });
    expect(text(part(element, '.axis-title'))).toBe('defunciones por cada 100 mil habitantes');
  });

  it('names case files in Spanish as the series’ own title does, for every case-file series', async () => {
    const caseFiles = homicideSeries.filter((series) => series.unit === 'incidents');
    expect(caseFiles.length).toBeGreaterThan(1);
    for (const series of caseFiles) {
      const { element } = await mount<UsmxHomicideTrend>(TAG, { series: series.id, lang: 'es' });
      const unit = text(part(element, '.axis-title'));
      // 1997-2017 method: averiguaciones previas; 2015- method: carpetas (de investigación)
      expect(unit, series.id).toMatch(/^(averiguaciones previas|carpetas de investigación)$/);
      expect(series.title.es, series.id).toContain(unit.split(' ')[0]);
      element.parentElement?.remove();
    }
  });

  it('formats numbers and text in Spanish, from its lang or the closest lang in the page', async () => {
    for (const { element } of [
      await mount<UsmxHomicideTrend>(TAG, { ...INCIDENTS, lang: 'es' }),
      await mount<UsmxHomicideTrend>(TAG, INCIDENTS, { lang: 'es' }),
    ]) {
      // plain "es" writes numbers as in Mexico; "22.409" would read as 22 point 409 there
      expect(text(part(element, '.record-label'))).toBe('Máximo desde 1997: 22,409 (2011)');
      expect(text(part(element, '[part=title]'))).toMatch(/^México: /);
    }
    // a region of its own keeps its conventions: Spain groups thousands with a point
    const spain = await mount<UsmxHomicideTrend>(TAG, { ...INCIDENTS, lang: 'es-ES' });
    expect(text(part(spain.element, '.record-label'))).toBe('Máximo desde 1997: 22.409 (2011)');
  });
});

describe('<usmx-homicide-trend> on a page with several', () => {
  it('draws a second widget given rows without waiting for a task (no busy frame)', async () => {
    // twelve months of 2019 and three of 2020, valid rows
    const rows = readerMonths(15);
    expect((await mount<UsmxHomicideTrend>(TAG, {}, { data: rows })).event.type).toBe('usmx-ready');
    const second = document.createElement(TAG) as UsmxHomicideTrend;
    second.data = rows;
    const drawn = settle(second);
    document.body.append(second);
    let taskRan = false;
    setTimeout(() => (taskRan = true), 0);
    expect((await drawn).type).toBe('usmx-ready');
    expect(taskRan).toBe(false);
  });
});

describe('<usmx-homicide-trend> series errors', () => {
  it('reports an unknown series with the known ones', async () => {
    const { event } = await mount<UsmxHomicideTrend>(TAG, { series: 'made-up' });
    expect(event.type).toBe('usmx-error');
    expect(errorDetail(event).issues[0]?.reason).toContain('sesnsp-2015-victims-hd');
  });

  for (const vintage of ['2017-13-45', '2017-02-30']) {
    it(`refuses ${vintage}, not a calendar date, as a vintage`, async () => {
      const { detail } = await mountError(TAG, { vintage });
      expect(detail.code).toBe('invalid-attribute');
      expect(detail.issues.map((issue) => [issue.column, issue.value])).toEqual([
        ['vintage', vintage],
      ]);
    });
  }

  it('says a state is not in a series that counts the nation only, before loading any rows', async () => {
    const national = homicideSeries.filter((series) => series.geography === 'national');
    expect(national.length).toBeGreaterThan(0);
    for (const { id } of national) {
      const { detail } = await mountError(TAG, { series: id, region: 'MX-OAX' });
      expect(detail, id).toEqual({
        code: 'invalid-attribute',
        message: 'Invalid attribute "region"',
        issues: [
          {
            column: 'region',
            value: 'MX-OAX',
            reason:
              'this series counts Mexico as a whole only: choose region="MX" or a series with states',
          },
        ],
      });
    }
    const spanish = await mountError(TAG, {
      series: national[0]!.id,
      region: 'MX-OAX',
      lang: 'es',
    });
    expect(spanish.detail.issues[0]?.reason).toBe(
      'esta serie cuenta solo el total de México: elija region="MX" o una serie con estados',
    );
  });

  it('lets a reader chart a state under a series id the dataset holds for the nation only', async () => {
    const national = homicideSeries.find((series) => series.geography === 'national')!;
    const rows = readerMonths(15).map((row) => ({
      ...row,
      seriesId: national.id,
      region: 'MX-OAX',
    }));
    const { event } = await mount<UsmxHomicideTrend>(
      TAG,
      { series: national.id, region: 'MX-OAX' },
      { data: rows },
    );
    expect(event.type).toBe('usmx-ready');
  });

  it('names from when no year of the data falls in the window', async () => {
    const { detail } = await mountError(TAG, { ...INCIDENTS, from: '2030' });
    expect(detail.code).toBe('empty');
    expect(detail.issues).toHaveLength(1);
    expect(detail.issues[0]).toMatchObject({ column: 'from', value: 2030 });
    // SESNSP case files, 1997 method: 1997 to 2017
    expect(detail.issues[0]?.reason).toBe('no year shown: the data covers 1997-2017');
  });

  it('names the vintage when the series had no release by then', async () => {
    const series = 'sesnsp-1997-victims-hd';
    const { detail } = await mountError(TAG, { series, vintage: '2015-01-01' });
    expect(detail.code).toBe('invalid-attribute');
    expect(detail.issues).toEqual([
      {
        column: 'vintage',
        value: '2015-01-01',
        // sesnsp_victims_homicidio_doloso_national_month_vintages_2016_2018.csv: the first release
        // of the 1997-2017 method in the file is of 2016-06-09
        reason:
          'no release of sesnsp-1997-victims-hd on or before 2015-01-01; the first is 2016-06-09',
      },
    ]);
  });

  for (const asOf of ['2030-01', '2012-07']) {
    it(`names the as-of attribute when ${asOf} is outside the series`, async () => {
      // SESNSP victims, 2015 method: months from 2015-01 on, in every region
      const { element, detail } = await mountError(TAG, {
        series: 'sesnsp-2015-victims-hd',
        region: 'MX-GRO',
        'as-of': asOf,
      });
      expect(detail.code).toBe('invalid-attribute');
      expect(detail.issues).toHaveLength(1);
      expect(detail.issues[0]).toMatchObject({ column: 'as-of', value: asOf });
      expect(detail.issues[0]?.reason).toContain('2015-01');
      expect(text(part(element, '[role=alert] li'))).toMatch(/^as-of \(value "\d{4}-\d{2}"\):/);
    });
  }

  it('asks in the widget language for a later as-of in the first year of a series', async () => {
    // SESNSP victims, 2015 method, start in January 2015: Jan-Mar 2015 has no year before it
    const attributes = { series: 'sesnsp-2015-victims-hd', region: 'MX-JAL', 'as-of': '2015-03' };
    const spanish = await mountError(TAG, { ...attributes, lang: 'es' });
    expect(spanish.detail).toEqual({
      code: 'invalid-attribute',
      message: 'Atributo "as-of" no válido',
      issues: [
        {
          column: 'as-of',
          value: '2015-03',
          reason:
            'el cambio en lo que va del año compara los mismos meses del año anterior, y sesnsp-2015-victims-hd (MX-JAL) empieza en 2015-01: elija un as-of desde 2016-01',
        },
      ],
    });
    const english = await mountError(TAG, attributes);
    expect(english.detail.issues[0]?.reason).toMatch(/choose an as-of from 2016-01 on$/);
    const fixed = await mount<UsmxHomicideTrend>(TAG, { ...attributes, 'as-of': '2016-01' });
    expect(fixed.event.type).toBe('usmx-ready');
  });

  it('reports a repeated row of the reader as bad data, in Spanish', async () => {
    // January 2019 to April 2020, then January 2020 again
    const rows = readerMonths(16);
    const data = [...rows, { ...rows[12]!, count: 120 }];
    const { detail } = await mountError(TAG, { lang: 'es' }, { data });
    expect(detail).toEqual({
      code: 'invalid-data',
      message: 'data: 1 valor no válido',
      issues: [
        {
          code: 'duplicate-row',
          row: 17,
          value: { seriesId: 'mine', region: 'MX', period: '2020-01', vintage: '2020-05-15' },
          reason: 'repite la serie, la región, el periodo y la publicación de la fila 13',
        },
      ],
    });
  });

  it('names the months missing from rows the year-to-date change adds up', async () => {
    // 2019-01 to 2020-04 without 2019-02 and 2020-03
    const rows = readerMonths(16).filter(
      (row) => !(row.year === 2019 && row.month === 2) && !(row.year === 2020 && row.month === 3),
    );
    const { event } = await mount<UsmxHomicideTrend>(TAG, { lang: 'es' }, { data: rows });
    // no attribute chose the month: the rows are what is wrong
    expect(errorDetail(event)).toEqual({
      code: 'invalid-data',
      message:
        'a mine (MX) le faltan los meses 2019-02, 2020-03, que suma el cambio en lo que va del año',
      issues: [],
    });
    // as-of set: the month it chose is named, and an earlier one works
    const chosen = await mountError(TAG, { 'as-of': '2020-04' }, { data: rows });
    expect(chosen.detail.issues).toEqual([
      {
        column: 'as-of',
        value: '2020-04',
        reason: 'mine (MX) has no row for 2019-02, 2020-03, which the year-to-date change adds up',
      },
    ]);
    const earlier = await mount<UsmxHomicideTrend>(TAG, { 'as-of': '2020-01' }, { data: rows });
    expect(earlier.event.type).toBe('usmx-ready');
  });

  it('names to when the last month it leaves has no year before it', async () => {
    // SESNSP victims, 2015 method, start in January 2015: to="2015" leaves 2015 alone
    const { detail } = await mountError(TAG, {
      series: 'sesnsp-2015-victims-hd',
      to: '2015',
      lang: 'es',
    });
    expect(detail.issues).toEqual([
      {
        column: 'to',
        value: 2015,
        reason:
          'el cambio en lo que va del año compara los mismos meses del año anterior, y sesnsp-2015-victims-hd (MX) empieza en 2015-01: elija un to desde 2016',
      },
    ]);
  });

  it('says which releases the months it names come from', async () => {
    // the releases of 2018 count victims of homicide and feminicide (homicides/SOURCES.md)
    const vintage = '2018-02-19';
    const { event } = await mount<UsmxHomicideTrend>(TAG, {
      series: 'sesnsp-2015-victims-hd-feminicide',
      vintage,
      'as-of': '2030-01',
    });
    expect(errorDetail(event).issues[0]?.reason).toMatch(
      new RegExp(
        `^outside the data: .* has months \\d{4}-\\d{2} to \\d{4}-\\d{2} in the releases up to ${vintage}$`,
      ),
    );
    const spanish = await mountError(TAG, {
      series: 'sesnsp-2015-victims-hd-feminicide',
      vintage,
      'as-of': '2030-01',
      lang: 'es',
    });
    expect(spanish.detail.issues[0]?.reason).toMatch(
      new RegExp(
        `^fuera de los datos: sesnsp-2015-victims-hd-feminicide \\(MX\\) tiene meses de \\d{4}-\\d{2} a \\d{4}-\\d{2} en las publicaciones hasta el ${vintage}$`,
      ),
    );
  });
});

describe('<usmx-homicide-trend> CSV files', () => {
  it('charts a long CSV file from src, citing the file', async () => {
    const src = fixture('homicides-long.csv');
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, { src, vintage: '2016-04-20' });
    expect(event.type).toBe('usmx-ready');
    expect(text(part(element, '[part=callout]'))).toBe('Jan-Mar 2016: +10.0% vs 2015');
    expect(part(element, '[part=footer] a')?.getAttribute('href')).toBe(src);
  });

  it('lists each bad cell of a malformed CSV file', async () => {
    const { element, event } = await mount<UsmxHomicideTrend>(TAG, {
      src: fixture('homicides-long-invalid.csv'),
    });
    expect(event.type).toBe('usmx-error');
    const items = parts(element, '[role=alert] li').map(text);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^row 3: count \(value "-3"\)/);
    expect(items[1]).toMatch(/^row 4: region/);
    expect(items[2]).toMatch(/^row 5: month/);
  });

  it('lists the bad cells of a CSV file in Spanish', async () => {
    const src = fixture('homicides-long-invalid.csv');
    const { element, detail } = await mountError(TAG, { src, lang: 'es' });
    expect(detail.message).toBe(`${src}: 3 valores no válidos`);
    expect(parts(element, '[role=alert] li').map(text)).toEqual([
      'fila 3: count (valor "-3"): el conteo no puede ser negativo',
      'fila 4: region (valor "MX-XXX"): región desconocida: use MX, un código ISO 3166-2 como MX-CHH o una clave de entidad del INEGI (0-32)',
      'fila 5: month (valor "13"): el mes debe ser un número entero del 1 al 12',
    ]);
  });
});

describe('<usmx-homicide-trend> downloads', () => {
  it('names its downloads after the series, region, last month and measure', async () => {
    const { element } = await mount<UsmxHomicideTrend>(TAG, INCIDENTS);
    const capture = captureDownload();
    try {
      part(element, '[data-action=csv]')?.click();
      await expect
        .poll(() => capture.names)
        .toEqual(['usmx-sesnsp-1997-incidents-hd-mx-2017-04-count.csv']);
    } finally {
      capture.restore();
    }
  });
});

describe('<usmx-homicide-trend> errors in the reader’s language', () => {
  it('names bad attributes in Spanish on screen and in usmx-error, in English otherwise', async () => {
    const attributes = { measure: 'deaths', from: '2020', to: '2010' };
    const spanish = await mountError(TAG, { ...attributes, lang: 'es' });
    expect(spanish.detail.code).toBe('invalid-attribute');
    expect(spanish.detail.message).toBe('2 atributos no válidos');
    expect(spanish.detail.issues).toEqual([
      { column: 'measure', value: 'deaths', reason: 'se esperaba count o rate' },
      {
        code: 'before-from',
        column: 'to',
        value: '2010',
        reason: 'no puede ser anterior a from (2020)',
      },
    ]);
    expect(errorShown(spanish.element)).toEqual({
      title: 'No se pudo dibujar esta gráfica',
      message: '2 atributos no válidos',
      items: [
        'measure (valor "deaths"): se esperaba count o rate',
        'to (valor "2010"): no puede ser anterior a from (2020)',
      ],
    });
    const english = await mountError(TAG, attributes);
    expect(english.detail.code).toBe('invalid-attribute');
    expect(english.detail.message).toBe('2 invalid attributes');
    expect(english.detail.issues.map((issue) => issue.reason)).toEqual([
      'expected count or rate',
      'must not be before from (2020)',
    ]);
    expect(errorShown(english.element).message).toBe('2 invalid attributes');
  });

  it('refuses an as-of after the year to, whose months the chart would not show', async () => {
    const { event } = await mount<UsmxHomicideTrend>(TAG, { ...INCIDENTS, to: '2012' });
    expect(errorDetail(event).issues).toEqual([
      { column: 'as-of', value: '2017-04', reason: 'must not be after to (2012)' },
    ]);
    const spanish = await mountError(TAG, { ...INCIDENTS, to: '2016', lang: 'es' });
    expect(spanish.detail.issues).toEqual([
      { column: 'as-of', value: '2017-04', reason: 'no puede ser posterior a to (2016)' },
    ]);
    // named with the other bad attributes, not instead of them
    const both = await mountError(TAG, { ...INCIDENTS, to: '2012', region: 'XX' });
    expect(both.detail.issues.map((issue) => issue.column)).toEqual(['region', 'as-of']);
    // within the year to, the months so far are drawn
    const same = await mount<UsmxHomicideTrend>(TAG, { ...INCIDENTS, to: '2017' });
    expect(same.event.type).toBe('usmx-ready');
    expect(parts(same.element, '.mark.bar.ytd')).toHaveLength(1);
  });

  it('speaks the language of the page too, and words a year out of range', async () => {
    const { element, detail } = await mountError(TAG, { to: '3000' }, { lang: 'es-MX' });
    expect(detail.message).toBe('Atributo no válido');
    expect(detail.issues).toEqual([
      {
        code: 'not-whole-in-range',
        column: 'to',
        value: '3000',
        reason: 'se esperaba un año entero de 1900 a 2100',
      },
    ]);
    expect(errorShown(element).items).toEqual([
      'to (valor "3000"): se esperaba un año entero de 1900 a 2100',
    ]);
  });

  it('reports a missing file in Spanish', async () => {
    const src = fixture('does-not-exist.json');
    const spanish = await mountError(TAG, { src, lang: 'es' });
    expect(spanish.detail.code).toBe('fetch-failed');
    expect(spanish.detail.message).toBe(`No se pudo cargar ${src}: HTTP 404`);
    expect(spanish.detail.issues).toEqual([
      { column: 'src', value: src, reason: 'el servidor respondió con el código 404' },
    ]);
    expect(errorShown(spanish.element).message).toBe(`No se pudo cargar ${src}: HTTP 404`);
    const english = await mountError(TAG, { src });
    expect(english.detail.message).toBe(`Could not load ${src}: HTTP 404`);
    expect(english.detail.issues[0]?.reason).toBe('the server answered 404 Not Found');
  });

  it('reports a file that is not JSON in Spanish', async () => {
    const src = fixture('truncated-json.txt');
    const spanish = await mountError(TAG, { src, lang: 'es' });
    expect(spanish.detail.code).toBe('invalid-data');
    expect(spanish.detail.message).toBe(`${src} no es un JSON válido`);
    expect(errorShown(spanish.element).message).toBe(`${src} no es un JSON válido`);
    const english = await mountError(TAG, { src });
    expect(english.detail.message).toBe(`${src} is not valid JSON`);
  });

  it('lists bad rows in Spanish, worded in Spanish where the schema has no message', async () => {
    const row = {
      seriesId: 'user-series',
      region: 'MX',
      year: 2014,
      month: 1,
      count: 100,
      sourceId: 'MY_SOURCE',
      vintage: '2016-04-20',
    };
    // row 2 gives its vintage as a number, not a date string
    const data = [row, { ...row, month: 2, vintage: 20160420 }];
    const spanish = await mountError(TAG, { lang: 'es' }, { data });
    expect(spanish.detail.code).toBe('invalid-data');
    expect(spanish.detail.message).toBe('data: 1 valor no válido');
    expect(spanish.detail.issues).toEqual([
      {
        row: 2,
        column: 'vintage',
        value: 20160420,
        reason: 'se esperaba texto, se recibió número',
      },
    ]);
    expect(errorShown(spanish.element).items).toEqual([
      'fila 2: vintage (valor 20160420): se esperaba texto, se recibió número',
    ]);
    const english = await mountError(TAG, {}, { data });
    expect(english.detail.message).toBe('data: 1 invalid value');
    expect(errorShown(english.element).items).toEqual([
      'row 2: vintage (value 20160420): expected string, got number',
    ]);
  });

  it('reports no rows as empty in Spanish', async () => {
    const spanish = await mountError(TAG, { lang: 'es' }, { data: [] });
    expect(spanish.detail).toEqual({
      code: 'empty',
      message: 'data: no hay filas',
      issues: [],
    });
    expect(errorShown(spanish.element).message).toBe('data: no hay filas');
    const english = await mountError(TAG, {}, { data: [] });
    expect(english.detail.message).toBe('data: no rows');
  });

  it('says in Spanish that a series has no rows for the region', async () => {
    // homicides.json: national rows only
    const attributes = { src: fixture('homicides.json'), region: 'MX-CHH' };
    const spanish = await mountError(TAG, { ...attributes, lang: 'es' });
    expect(errorShown(spanish.element)).toEqual({
      title: 'No se pudo dibujar esta gráfica',
      message: 'No hay observaciones de la serie "user-series" para la región MX-CHH',
      items: ['region (valor "MX-CHH"): no hay filas para esta serie y región'],
    });
    expect(spanish.detail).toMatchObject({
      code: 'empty',
      issues: [{ code: 'unknown-region', column: 'region', value: 'MX-CHH' }],
    });
    const english = await mountError(TAG, attributes);
    expect(english.detail.message).toBe(
      'No observations of series "user-series" for region MX-CHH',
    );
  });
});

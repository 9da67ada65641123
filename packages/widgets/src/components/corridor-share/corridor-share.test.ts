import { corridorObservations } from '@usmx/data/corridor';
import { afterEach, describe, expect, it } from 'vitest';
import { change, clearBody, errorDetail, fixture, mount, mountError } from '../../../test/mount.js';
import { axisTicks, centre, edges, near, scaleOfTicks } from '../../../test/chart.js';
import { part, parts, press, text } from '../../../test/read.js';
import { describeWidgetContract } from '../../../test/widget-contract.js';
import './corridor-share.js';
import type { UsmxCorridorShare } from './corridor-share.component.js';

const TAG = 'usmx-corridor-share';

afterEach(clearBody);

describeWidgetContract(TAG, {
  invalid: { attributes: { threshold: 'lots' }, names: 'percentage points' },
  src: {
    file: 'corridor.json',
    attributes: { from: '2018', to: '2020' },
    // 92% -> 80% corridor, 8% -> 19% Caribbean: +11 points, a balloon effect
    check: (element) => {
      expect(text(part(element, '[part=callout]'))).toBe('2018-2020: a balloon effect');
      expect(parts(element, '.marks .figure')).toHaveLength(4);
    },
  },
  malformed: 'corridor-invalid.json',
  csv: {
    title: 'Share of U.S.-bound cocaine by route',
    columns: 'year,route,low,high,period,wording,reported_by,source_id',
    // FACTS.md: 95% corridor and 5% Caribbean in 2010
    rows: [/^2010,Mexico\/Central America corridor,95,95,/, /^2010,Caribbean,5,5,/],
  },
});

describe('<usmx-corridor-share> chart as a reader sees it', () => {
  it('puts each published share at its year and percent, ranges from low to high', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG);
    const xTicks = axisTicks(element, 'x');
    const yTicks = axisTicks(element, 'y');
    // observations.csv, verified rows: single-year figures from 2006 to 2016
    expect(xTicks.map((tick) => tick.label)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(2006 + i)),
    );
    expect(yTicks.map((tick) => tick.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    const x = scaleOfTicks(xTicks);
    const y = scaleOfTicks(yTicks);
    /** The dots of a route's figures drawn within half a year of `year` (a span's middle). */
    const dots = (route: string, year: number) =>
      parts(element, `.marks > .figure.${route} .point`)
        .map(centre)
        .filter((dot) => Math.abs(dot.x - x(year)) < (x(1) - x(0)) / 2);
    const heights = (...percents: number[]) => percents.map((pct) => near(y(pct)));
    const at = (route: string, year: number) => dots(route, year).map((dot) => dot.y);
    // corridor FACTS.md and observations.csv: C001 and C036, C037; C003, C004; C008; C019, C050
    expect(at('corridor', 2006)).toEqual(heights(90, 90));
    expect(at('caribbean', 2006)).toEqual(heights(10));
    expect(at('corridor', 2010)).toEqual(heights(95));
    expect(at('caribbean', 2010)).toEqual(heights(5));
    expect(at('corridor', 2012)).toEqual(heights(80));
    expect(at('corridor', 2016)).toEqual(heights(90, 90));
    // C041 (72%, 2007/2008) and C017 (84%, 2014/2015) stand between their two years
    expect(at('corridor.span', 2007.5)).toEqual(heights(72));
    expect(at('corridor.span', 2014.5)).toEqual(heights(84));
    // C012, the Caribbean in 2014, 5-16%: a bar with a dot at each end
    expect(parts(element, '.marks .range.caribbean').map(edges)).toContainEqual(
      expect.objectContaining({ top: near(y(16)), bottom: near(y(5)) }),
    );
  });

  it('shades the years tested and marks the largest swing between them', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG);
    const x = scaleOfTicks(axisTicks(element, 'x'));
    // 2010-2016 by default: from the start of 2010 to the end of 2016
    expect(edges(part(element, '.window')!)).toMatchObject({
      left: near(x(2009.5)),
      right: near(x(2016.5)),
    });
    // the Caribbean's rise of 9 to 11 points from 2010 to 2013 (see the verdict below)
    expect(edges(part(element, '.swing-line')!)).toMatchObject({
      left: near(x(2010)),
      right: near(x(2013)),
    });
    expect(text(part(element, '.swing .label'))).toBe('largest swing');
    expect(parts(element, '.legend-item').map(text)).toEqual([
      'Mexico/Central America corridor',
      'Caribbean',
      'one figure for two or more years',
      'a range (low to high)',
      '2010-2016, the years tested',
    ]);
  });
});

describe('<usmx-corridor-share> keyboard', () => {
  it('reaches every figure by keyboard and announces it with its source', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG);
    // the oldest figures are 2006 (FACTS.md: 90% corridor, ONDCP and UNODC)
    expect(await press(element, 'Home')).toMatch(/^2006, Mexico\/Central America corridor: 90%/);
    expect(parts(element, '.marks .point').length).toBeGreaterThan(0);
    expect(await press(element, 'End')).toMatch(/^2016, Mexico\/Central America corridor: 90%/);
  });
});

describe('<usmx-corridor-share> verdict', () => {
  it('gives the end-to-end answer and the swing in between (2010-2016 by default)', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG);
    const summary = text(part(element, '[part=summary]'));
    // FACTS.md: 95% in 2010, 90% in 2016; the Caribbean has no 2016 figure.
    expect(summary).toContain("From 2010 to 2016 the corridor's share went from 95% to 90%");
    expect(summary).toContain(
      "the Caribbean's was 5% in 2010, with no figure for 2016: not enough figures to tell",
    );
    // Caribbean 2010 5% (C004) -> 2013 14% (C044, first half) and 16% (C010, C011): +9 to +11 points,
    // while the corridor fell from 95% to 86% (C009): a balloon effect at a 5-point threshold.
    expect(summary).toContain(
      '; comparing other years, from 2010 to 2013 the Caribbean share changed by +9 to +11 points (a balloon effect)',
    );
    const spanish = await mount<UsmxCorridorShare>(TAG, { lang: 'es' });
    expect(text(part(spanish.element, '[part=summary]'))).toBe(
      'De 2010 a 2016 la proporción del corredor pasó de 95% a 90% y la del Caribe fue de 5% en 2010, sin cifra para 2016: faltan cifras para saberlo; comparando otros años, de 2010 a 2013 la proporción del Caribe cambió +9 a +11 puntos (efecto globo).',
    );
    expect(parts(element, '.swing-line')).toHaveLength(1);
  });

  it('says which end of the window has no figure, for each route, in both languages', async () => {
    // observations.csv: neither route has a 2009 figure; in 2015 only the corridor, about 90%
    // in the first half (C018)
    const window = { from: '2009', to: '2015' };
    const english = await mount<UsmxCorridorShare>(TAG, window);
    expect(text(part(english.element, '[part=summary]'))).toMatch(
      /^From 2009 to 2015 the corridor's share has no figure for 2009 and was 90% in 2015 and the Caribbean's has no figure for 2009 or 2015: not enough figures to tell;/,
    );
    const spanish = await mount<UsmxCorridorShare>(TAG, { ...window, lang: 'es' });
    expect(text(part(spanish.element, '[part=summary]'))).toMatch(
      /^De 2009 a 2015 la proporción del corredor no tiene cifra para 2009 y fue de 90% en 2015 y la del Caribe no tiene cifra para 2009 ni para 2015: faltan cifras para saberlo;/,
    );
  });

  it('changes the verdict with from, to and threshold', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG, { from: '2010', to: '2013' });
    expect(text(part(element, '[part=callout]'))).toBe('2010-2013: a balloon effect');
    await change(element, { threshold: '12' });
    // a 12-point threshold is above the whole 9-11 range: no balloon effect
    expect(text(part(element, '[part=callout]'))).toBe('2010-2013: no balloon effect');
  });

  it('says which route has no figure in a window instead of testing it', async () => {
    // observations.csv: the corridor's last figure is 2016, the Caribbean's 2014
    const late = await mountError(TAG, { from: '2016', to: '2017' });
    expect(late.detail.code).toBe('empty');
    expect(late.detail.issues.map((issue) => issue.reason)).toEqual([
      expect.stringMatching(/^no Caribbean figure in 2016-2017; its figures cover \d{4}-2014$/),
    ]);
    expect(text(part(late.element, '[role=alert]'))).toContain('no Caribbean figure in 2016-2017');
    // nothing from either route before 2006
    const early = await mountError(TAG, { from: '1995', to: '2000' });
    expect(early.detail.code).toBe('empty');
    expect(early.detail.issues.map((issue) => issue.reason.split(';')[0])).toEqual([
      'no Mexico/Central America corridor figure in 1995-2000',
      'no Caribbean figure in 1995-2000',
    ]);
  });

  it('shows every figure once, in the chart and in the table', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG);
    part(element, '.actions button')?.click();
    await element.updateComplete;
    const rows = parts(element, 'tbody tr');
    expect(rows.length).toBe(parts(element, '.marks > .figure').length);
    // observations.csv, verified rows: 9 corridor and 13 Caribbean single-year figures, and two
    // corridor figures for a span of years (C017 2014/2015, C041 2007/2008) drawn between them
    expect(parts(element, '.marks > .figure.corridor:not(.span)')).toHaveLength(9);
    expect(parts(element, '.marks > .figure.caribbean')).toHaveLength(13);
    expect(parts(element, '.marks > .figure.span').map((g) => g.getAttribute('class'))).toEqual([
      'figure corridor span',
      'figure corridor span',
    ]);
    // ranges are kept as ranges: C012 (Caribbean 2014, 5-16%) is one mark with both ends
    expect(
      rows
        .map((row) => [...row.children].map((cell) => cell.textContent).join(' '))
        .some((row) => row.startsWith('2014 Caribbean 5 16')),
    ).toBe(true);
    expect(parts(element, '.marks .range').length).toBeGreaterThan(0);
  });

  it('gives the period of each figure in the reader’s language', async () => {
    const periods = async (lang: 'en' | 'es') => {
      const { element } = await mount<UsmxCorridorShare>(TAG, { lang });
      part(element, '.actions button')?.click();
      await element.updateComplete;
      const column = parts(element, 'thead th').findIndex((th) => /^Period/.test(text(th)));
      return parts(element, 'tbody tr').map((row) => text(row.children[column] ?? null));
    };
    // observations.csv: C001, 2006, calendar year, the first row of the table
    const [en, es] = [await periods('en'), await periods('es')];
    expect(en[0]).toBe('calendar year');
    expect(es[0]).toBe('año calendario');
    expect(es).toHaveLength(en.length);
    expect(es.filter((period) => period === 'calendar year')).toEqual([]);
  });

  it('names who reported each figure in Spanish: table, tooltips and announcements', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG, { lang: 'es' });
    part(element, '.actions button')?.click();
    await element.updateComplete;
    const column = parts(element, 'thead th').findIndex((th) => text(th) === 'Publicado por');
    const table = parts(element, 'tbody tr').map((row) => text(row.children[column] ?? null));
    // every figure by keyboard (one per table row): what is announced, what its tooltip says
    const heard: string[] = [];
    const tooltips: string[] = [];
    for (let i = 0; i < table.length; i++) {
      heard.push(await press(element, i === 0 ? 'Home' : 'ArrowRight'));
      tooltips.push(text(part(element, '.tooltip')));
    }
    // reported-by-es.csv: C008 and C009 (INCSR 2014), C044 (DEA, Miami Herald), C005 (Brownfield)
    for (const reporter of [
      'Departamento de Estado de EE. UU. (INCSR 2014)',
      'DEA (División del Caribe, agente especial a cargo Vito S. Guarino), según el Miami Herald',
      'INL del Departamento de Estado de EE. UU. (subsecretario William Brownfield)',
    ]) {
      expect(table).toContain(reporter);
      expect(heard.filter((said) => said.includes(reporter))).not.toEqual([]);
      expect(tooltips.filter((tooltip) => tooltip.includes(reporter))).not.toEqual([]);
    }
    // no reporter or measure in English, except those that read the same in Spanish (UNODC)
    const english = corridorObservations
      .flatMap((row) => [row.reportedBy, row.measure])
      .filter(({ en, es }) => en !== es)
      .map(({ en }) => en);
    const shown = [...table, ...heard, ...tooltips].join('\n');
    expect(english.filter((wording) => shown.includes(wording))).toEqual([]);
  });

  it('keeps the period of a reader’s figure as written, in Spanish too', async () => {
    const data = (await (await fetch(fixture('corridor.json'))).json()) as unknown[];
    const { element } = await mount<UsmxCorridorShare>(
      TAG,
      { from: '2018', to: '2020', lang: 'es' },
      { data },
    );
    part(element, '.actions button')?.click();
    await element.updateComplete;
    expect(text(part(element, 'tbody tr'))).toContain('calendar year');
  });

  it('explains hollow marks in its legend when it draws figures over several years', async () => {
    // the dataset has figures for 2007/2008 and 2014/2015; the reader's file has single years
    const embedded = await mount<UsmxCorridorShare>(TAG, { lang: 'es' });
    expect(parts(embedded.element, '.figure.span').length).toBeGreaterThan(0);
    expect(parts(embedded.element, '.legend text').map(text)).toContain(
      'una cifra para dos o más años',
    );
    const data = (await (await fetch(fixture('corridor.json'))).json()) as unknown[];
    const reader = await mount<UsmxCorridorShare>(TAG, { from: '2018', to: '2020' }, { data });
    expect(parts(reader.element, '.figure.span')).toHaveLength(0);
    expect(parts(reader.element, '.legend text').map(text)).not.toContain(
      'one figure for two or more years',
    );
  });

  it('explains ranges and the shaded years in its legend, ranges only when it draws one', async () => {
    const embedded = await mount<UsmxCorridorShare>(TAG);
    const legend = parts(embedded.element, '.legend text').map(text);
    expect(legend).toContain('2010-2016, the years tested');
    expect(legend.includes('a range (low to high)')).toBe(
      parts(embedded.element, '.marks .range').length > 0,
    );
    expect(parts(embedded.element, '.marks .range').length).toBeGreaterThan(0);
    const data = (await (await fetch(fixture('corridor.json'))).json()) as unknown[];
    const reader = await mount<UsmxCorridorShare>(
      TAG,
      { from: '2018', to: '2020', lang: 'es' },
      { data },
    );
    const readerLegend = parts(reader.element, '.legend text').map(text);
    expect(readerLegend).toContain('2018-2020, los años comparados');
    expect(readerLegend.includes('un rango (mínimo a máximo)')).toBe(
      parts(reader.element, '.marks .range').length > 0,
    );
  });

  it('says a share stayed put rather than went from a figure to the same figure', async () => {
    // around 90% in 2006 (US authorities, via UNODC) and 90% in 2016 (INCSR 2017): corridor FACTS.md
    const { element } = await mount<UsmxCorridorShare>(TAG, { from: '2006', to: '2016' });
    const summary = text(part(element, '[part=summary]'));
    expect(summary).toContain("the corridor's share stayed at 90%");
    expect(summary).not.toMatch(/from (\d+%) to \1/);
  });

  it('keeps the column names, the row names and the caption in view while its table scrolls', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG, {}, { width: 280 });
    part(element, '.actions button')?.click();
    await element.updateComplete;
    const wrap = part(element, '.table-wrap') as HTMLElement;
    // dozens of published figures: taller and wider than the box
    expect(wrap.scrollHeight).toBeGreaterThan(wrap.clientHeight + 200);
    expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth + 50);
    wrap.scrollTop = 200;
    wrap.scrollLeft = 50;
    const box = wrap.getBoundingClientRect();
    const th = part(element, 'thead th') as HTMLElement;
    const header = th.getBoundingClientRect();
    expect(Math.abs(header.top - box.top)).toBeLessThan(1);
    // its rule is drawn with it (a collapsed border would stay behind with the rows)
    expect(getComputedStyle(th).boxShadow).toMatch(/ 0px -1px 0px 0px inset$/);
    // and the row names while the columns scroll
    const rowName = (part(element, 'tbody th') as HTMLElement).getBoundingClientRect();
    expect(Math.abs(rowName.left - box.left)).toBeLessThan(1);
    wrap.scrollTop = 0;
    const caption = (part(element, 'caption') as HTMLElement).getBoundingClientRect();
    expect(Math.abs(caption.left - box.left)).toBeLessThan(1);
    expect(caption.right).toBeLessThanOrEqual(box.right + 1);
  });

  it('formats percentages in Spanish', async () => {
    const { element } = await mount<UsmxCorridorShare>(TAG, { lang: 'es' });
    // plain "es" is written as in Mexico, no space before %
    expect(part(element, '[part=summary]')?.textContent).toContain('de 95% a 90%');
    const spain = await mount<UsmxCorridorShare>(TAG, { lang: 'es-ES' });
    // Spain: a no-break space before %
    expect(part(spain.element, '[part=summary]')?.textContent).toContain(
      'de 95\u00a0% a 90\u00a0%',
    );
    expect(text(part(element, '[part=title]'))).toBe(
      'Proporción de la cocaína destinada a EE. UU. por ruta',
    );
  });
});

describe('<usmx-corridor-share> years', () => {
  it('checks that to comes after from, with the other attributes', async () => {
    const { element, detail } = await mountError(TAG, {
      from: '2016',
      to: '2010',
      threshold: 'lots',
    });
    expect(detail.issues.map((i) => i.column)).toEqual(['to', 'threshold']);
    const second = await change(element, { threshold: '5' });
    expect(errorDetail(second).issues).toEqual([
      { code: 'not-after-from', column: 'to', value: '2010', reason: 'must be after from (2016)' },
    ]);
    expect(parts(element, '[role=alert] li').map(text)).toEqual([
      'to (value "2010"): must be after from (2016)',
    ]);
    // one year is no window: nothing can change between a year and itself
    const same = await change(element, { to: '2016' });
    expect(errorDetail(same).issues.map((i) => i.column)).toEqual(['to']);
    // a share in percent rises by 100 points at most
    const high = await change(element, { to: '2017', threshold: '100.5' });
    expect(errorDetail(high).issues).toEqual([
      {
        code: 'not-percentage-points',
        column: 'threshold',
        value: '100.5',
        reason: 'expected percentage points from 0 to 100',
      },
    ]);
  });
});

describe('<usmx-corridor-share> errors in the reader’s language', () => {
  it('reports a range whose low end is above its high end as bad data, in Spanish', async () => {
    const rows = (await (await fetch(fixture('corridor.json'))).json()) as Record<
      string,
      unknown
    >[];
    // row 2: 80-70, a reversed range; the schema cannot see it, the indicator does
    const data = rows.map((row, i) => (i === 1 ? { ...row, pctLow: 80, pctHigh: 70 } : row));
    const { element, detail } = await mountError(TAG, { lang: 'es' }, { data });
    expect(detail).toEqual({
      code: 'invalid-data',
      message: 'data: 1 valor no válido',
      issues: [
        {
          code: 'low-above-high',
          row: 2,
          column: 'pctLow',
          value: 80,
          reason: 'el límite inferior es mayor que el superior (70)',
        },
      ],
    });
    expect(parts(element, '[role=alert] li').map(text)).toEqual([
      'fila 2: pctLow (valor 80): el límite inferior es mayor que el superior (70)',
    ]);
  });

  it('lists the bad fields of a file in Spanish, the schema’s own messages too', async () => {
    const src = fixture('corridor-invalid.json');
    const spanish = await mountError(TAG, { src, lang: 'es' });
    expect(spanish.detail.code).toBe('invalid-data');
    expect(spanish.detail.message).toBe(`${src}: 2 valores no válidos`);
    expect(spanish.detail.issues).toEqual([
      // the schema's own message, translated
      { row: 2, column: 'pctHigh', value: 140, reason: 'el porcentaje debe ser <= 100' },
      // a number was expected, text was given
      {
        row: 3,
        column: 'refYear',
        value: '2020',
        reason: 'se esperaba número, se recibió texto',
      },
    ]);
    expect(text(part(spanish.element, '[role=alert]'))).toContain(`${src}: 2 valores no válidos`);
    expect(parts(spanish.element, '[role=alert] li').map(text)).toEqual([
      'fila 2: pctHigh (valor 140): el porcentaje debe ser <= 100',
      'fila 3: refYear (valor "2020"): se esperaba número, se recibió texto',
    ]);
    const english = await mountError(TAG, { src });
    expect(english.detail.message).toBe(`${src}: 2 invalid values`);
    expect(english.detail.issues[1]?.reason).toBe('expected number, got string');
  });

  it('says in Spanish which route has no figure in the window', async () => {
    const { element, detail } = await mountError(TAG, { from: '1995', to: '2000', lang: 'es' });
    expect(detail.code).toBe('empty');
    expect(detail.message).toBe(
      'No hay suficientes cifras de 1995 a 2000 para saber si hubo efecto globo',
    );
    // observations.csv: the first figures of both routes are from 2006
    expect(detail.issues.map((issue) => issue.reason)).toEqual([
      expect.stringMatching(
        /^no hay ninguna cifra del corredor México-Centroamérica en 1995-2000; sus cifras cubren 2006-\d{4}$/,
      ),
      expect.stringMatching(
        /^no hay ninguna cifra del Caribe en 1995-2000; sus cifras cubren 2006-2014$/,
      ),
    ]);
    expect(text(part(element, '[role=alert]'))).toContain('no hay ninguna cifra del Caribe');
  });

  it('checks from, to and threshold in Spanish', async () => {
    const { element, detail } = await mountError(TAG, {
      from: '2016',
      to: '2010',
      threshold: 'lots',
      lang: 'es',
    });
    expect(detail).toEqual({
      code: 'invalid-attribute',
      message: '2 atributos no válidos',
      issues: [
        {
          code: 'not-after-from',
          column: 'to',
          value: '2010',
          reason: 'debe ser posterior a from (2016)',
        },
        {
          code: 'not-percentage-points',
          column: 'threshold',
          value: 'lots',
          reason: 'se esperaban puntos porcentuales entre 0 y 100',
        },
      ],
    });
    expect(errorDetail(await change(element, { from: '1850', to: '2016' })).issues).toEqual([
      {
        code: 'not-whole-in-range',
        column: 'from',
        value: '1850',
        reason: 'se esperaba un año entero de 1900 a 2100',
      },
      {
        code: 'not-percentage-points',
        column: 'threshold',
        value: 'lots',
        reason: 'se esperaban puntos porcentuales entre 0 y 100',
      },
    ]);
  });
});

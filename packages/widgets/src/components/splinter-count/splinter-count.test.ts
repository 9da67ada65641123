import { organizations, publishedGroupCounts } from '@usmx/data/groups';
import { MAJOR_LIST_YEARS } from '@usmx/indicators/splinter-count';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { UsmxRuleChangeEvent } from '../../internal/events.js';
import { clearBody, fixture, mount, mountError, settle } from '../../../test/mount.js';
import { axisTicks, centre, edges, near, scaleOfTicks } from '../../../test/chart.js';
import { errorShown, part, parts, press, text } from '../../../test/read.js';
import { describeWidgetContract } from '../../../test/widget-contract.js';
import './splinter-count.js';
import type { UsmxSplinterCount } from './splinter-count.component.js';

const TAG = 'usmx-splinter-count';
/** The article's years: "5 or 6 major organizations" (2006) to "upwards of 20" (2017). */
const ARTICLE = { from: '2006', to: '2017' };
/** A reader's file: ALPHA from 2000, BETA from 2005, GAMMA 2008-2010, DELTA from 2012. */
const READER_FILE = { src: fixture('organizations.json') };
/**
 * The rules a reader may choose, as the README lists them: the lineage, then every published list
 * the indicator knows, oldest first.
 */
const RULES = [
  'lineage',
  'lineage-verified',
  ...Object.entries(MAJOR_LIST_YEARS)
    .sort(([, a], [, b]) => a - b)
    .map(([list]) => list),
];

afterEach(clearBody);

describeWidgetContract(TAG, {
  render: ARTICLE,
  invalid: {
    attributes: { rule: 'gut-feeling', from: '20x0' },
    // in the order the indicator checks them: the years, then the rule
    columns: ['from', 'rule'],
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
  malformed: 'organizations-invalid.json',
  csv: {
    columns: 'year,kind,count_low,count_high,unit,counted_by,source_id',
    rows: [
      // FACTS.md: 37 organizations in 2017 under the lineage rule
      /^2017,Counted under the rule,37,37,/,
      // published_counts.csv P001: CRS, four dominant DTOs in 2006
      /^2006,Published counts \(each in its own unit\),4,4,dominant DTOs,/,
    ],
  },
});

describe('<usmx-splinter-count> chart as a reader sees it', () => {
  it('draws a count a year on a log axis, each at its figure, joined by one line', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    const xTicks = axisTicks(element, 'x');
    const yTicks = axisTicks(element, 'y');
    expect(xTicks.map((tick) => tick.label).join(' ')).toBe(
      '2006 2007 2008 2009 2010 2011 2012 2013 2014 2015 2016 2017',
    );
    // 1-2-5 steps, each power of ten as far from the next
    expect(yTicks.map((tick) => tick.label).join(' ')).toBe('1 2 5 10 20 50 100 200 500 1,000');
    const y = scaleOfTicks(yTicks, { log: true });
    expect(y(10)).toEqual(near(yTicks[3]!.at));
    const dots = parts(element, '.counted-marks .counted').map(centre);
    expect(dots.map((dot) => dot.x)).toEqual(xTicks.map((tick) => near(tick.at)));
    // FACTS.md, every dated organization: 10 in 2006, 23 in 2010, 28 in 2012, 34 in 2015, 37 in 2017
    const counts = new Map([
      [2006, 10],
      [2010, 23],
      [2012, 28],
      [2015, 34],
      [2017, 37],
    ]);
    for (const [year, count] of counts) expect(dots[year - 2006]?.y).toEqual(near(y(count)));
    const line = part<SVGGeometryElement>(element, 'path.counted-line')!;
    for (const dot of dots) expect(line.isPointInStroke(new DOMPoint(dot.x, dot.y))).toBe(true);
  });

  it('draws each published count as a diamond at its year and figure, a range from low to high', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    const x = scaleOfTicks(axisTicks(element, 'x'));
    const y = scaleOfTicks(axisTicks(element, 'y'), { log: true });
    const diamonds = parts(element, '.published-marks path.published').map(centre);
    const drawnAt = (year: number, count: number) =>
      diamonds.filter((dot) => Math.abs(dot.x - x(year)) < 0.5 && Math.abs(dot.y - y(count)) < 0.5)
        .length;
    // published_counts.csv: P001, P031 and P041 count 4 in 2006, P002 7; P007, 8 cartels in 2012;
    // P010 and P012, 9 cartels in 2014; P015 37 cells and P016 9 cartels in 2017
    expect(drawnAt(2006, 4)).toBe(3);
    expect(drawnAt(2006, 7)).toBe(1);
    expect(drawnAt(2012, 8)).toBe(1);
    expect(drawnAt(2014, 9)).toBe(2);
    expect(drawnAt(2017, 37)).toBe(1);
    expect(drawnAt(2017, 9)).toBe(1);
    // P054, 5 in the late 1990s to 80 in 2012: a bar from 5 to 80, its years a line ending in 2012
    expect(parts(element, '.published-range').map(edges)).toContainEqual(
      expect.objectContaining({ top: near(y(80)), bottom: near(y(5)) }),
    );
    expect(parts(element, '.published-span').map(edges)).toContainEqual(
      expect.objectContaining({ top: near(y(5)), right: near(x(2012)) }),
    );
  });
});

describe('<usmx-splinter-count> keyboard', () => {
  it('reaches counts by keyboard and announces them', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    // FACTS.md: 10 organizations active in 2006 (all dated rows), the chart's first year
    expect(await press(element, 'Home')).toBe(
      '2006: 10 organizations (Every organization in the lineage)',
    );
    const heard: string[] = [];
    for (let i = 0; i < 8; i++) heard.push(await press(element, 'ArrowRight'));
    // a published count over 1998-2012 is drawn in the middle of the part the chart shows
    // (2006-2012), so it comes after the first counted years
    expect(heard.findIndex((h) => /^1998-2012: 5-80 major organizations/.test(h))).toBeGreaterThan(
      1,
    );
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

  it('offers every rule in its control', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    const options = [...(part<HTMLSelectElement>(element, 'select')?.options ?? [])];
    expect(options.map((option) => option.value)).toEqual(RULES);
  });

  it('shows each published count as its own mark, never joined', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    const published = parts(element, '.published-marks .figure').length;
    expect(published).toBeGreaterThan(10);
    expect(parts(element, 'path.mark.counted-line')).toHaveLength(1);
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

/** Every attribute of the chart's SVG that reads "Infinity" or "NaN". */
function badAttributes(element: HTMLElement): string[] {
  return parts(element, 'svg.svg, svg.svg *').flatMap((node) =>
    [...node.attributes]
      .filter((a) => /Infinity|NaN/.test(a.value))
      .map((a) => `${node.tagName} ${a.name}=${a.value}`),
  );
}

/** Path data made only of M and L commands with finite coordinates (or nothing at all). */
const VALID_LINE = /^([ML]-?\d+(\.\d+)?,-?\d+(\.\d+)?)*$/;

describe('<usmx-splinter-count> years with no organization', () => {
  it('leaves zero counts off the log axis for a user file (from 1990, groups from 2000)', async () => {
    const { element, event } = await mount<UsmxSplinterCount>(TAG, READER_FILE);
    expect(event.type).toBe('usmx-ready');
    expect(badAttributes(element)).toEqual([]);
    const d = part(element, 'path.counted-line')?.getAttribute('d') ?? '';
    expect(d).toMatch(VALID_LINE);
    expect(d).not.toBe('');
  });

  it('draws only the years with organizations, and keeps the zeros in the table', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, { ...READER_FILE, to: '2012' });
    // ALPHA is active from 2000 on: 2000-2012 are 13 years with at least one group; 1990-1999 have none
    expect(parts(element, '.counted-marks .counted')).toHaveLength(13);
    const d = part(element, 'path.counted-line')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.match(/L/g)).toHaveLength(12);
    part(element, '.actions button')?.click();
    await element.updateComplete;
    const computed = parts(element, 'table tbody tr')
      .map((row) => [...row.children].map((cell) => text(cell)))
      .filter((cells) => cells[1] === 'Counted under the rule');
    expect(computed).toHaveLength(2012 - 1990 + 1);
    expect(computed.filter((cells) => cells[2] === '0').map((cells) => cells[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => String(1990 + i)),
    );
  });

  it('starts the line at the first year with a group when from is 1900', async () => {
    const { element, event } = await mount<UsmxSplinterCount>(TAG, { from: '1900', to: '2017' });
    expect(event.type).toBe('usmx-ready');
    expect(badAttributes(element)).toEqual([]);
    expect(part(element, 'path.counted-line')?.getAttribute('d')).toMatch(VALID_LINE);
    // a year counts when some dated organization was founded by then and had not ceased before it
    const active = (year: number) =>
      organizations.some(
        (o) => (o.yearFounded ?? Infinity) <= year && (o.yearCeased ?? Infinity) >= year,
      );
    const years = Array.from({ length: 2017 - 1900 + 1 }, (_, i) => 1900 + i).filter(active);
    expect(years.length).toBeLessThan(2017 - 1900 + 1);
    expect(parts(element, '.counted-marks .counted')).toHaveLength(years.length);
  });
});

describe('<usmx-splinter-count> plurals', () => {
  it('says "1 active organization" for a single group', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, {
      ...READER_FILE,
      from: '2000',
      to: '2012',
    });
    // ALPHA alone in 2000
    expect(text(part(element, '[part=summary]'))).toMatch(
      /^Every organization in the lineage: 1 active organization in 2000 and 3 in 2012, /,
    );
  });

  it('says there is no published count rather than "0 published counts in 0 units"', async () => {
    // the published counts start in the 1990s: none covers 1900-1910
    const en = await mount<UsmxSplinterCount>(TAG, { ...READER_FILE, from: '1900', to: '1910' });
    const summary = text(part(en.element, '[part=summary]'));
    expect(summary).toContain('0 active organizations in 1900');
    expect(summary).toContain('no published count in these years');
    expect(summary).not.toMatch(/\b0 published counts|\b0 different units/);
    const es = await mount<UsmxSplinterCount>(TAG, {
      ...READER_FILE,
      from: '1900',
      to: '1910',
      lang: 'es',
    });
    expect(text(part(es.element, '[part=summary]'))).toContain(
      'ningún conteo publicado en estos años',
    );
  });

  it('says "1 organización activa" in Spanish', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, {
      ...READER_FILE,
      from: '2000',
      to: '2012',
      lang: 'es',
    });
    expect(text(part(element, '[part=summary]'))).toMatch(
      /: 1 organización activa en 2000 y 3 en 2012/,
    );
  });
});

describe('<usmx-splinter-count> units in the reader’s language', () => {
  /** The published rows of the table as [count, unit], from the widget in `lang`. */
  const publishedRows = async (lang: 'en' | 'es') => {
    const { element } = await mount<UsmxSplinterCount>(TAG, { lang, from: '2006', to: '2019' });
    part(element, '.actions button')?.click();
    await element.updateComplete;
    return parts(element, 'tbody tr')
      .map((row) => [...row.children].map(text))
      .filter((cells) => !/lineage|linaje/.test(cells[4] ?? ''))
      .map((cells) => [cells[2], cells[4]]);
  };

  it('gives the unit of each published count in Spanish, one for one', async () => {
    const [en, es] = [await publishedRows('en'), await publishedRows('es')];
    expect(es).toHaveLength(en.length);
    // published_counts.csv: CRS counts 4 dominant DTOs in 2006; PGR 9 cartels, 2014
    expect(en).toContainEqual(['4', 'dominant DTOs']);
    expect(es).toContainEqual(['4', 'organizaciones de narcotráfico dominantes (DTO)']);
    expect(es).toContainEqual(['9', 'cárteles']);
    expect(es.filter(([, unit]) => /\b(cartels|groups|cells)\b/.test(unit ?? ''))).toEqual([]);
  });

  it('says who counted in Spanish: table, tooltips and announcements', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, {
      lang: 'es',
      from: '2006',
      to: '2019',
    });
    part(element, '.actions button')?.click();
    await element.updateComplete;
    const rows = parts(element, 'tbody tr').map((row) => [...row.children].map(text));
    const table = rows.map((cells) => [cells[0], cells[2], cells[5]]);
    // every count by keyboard (one per table row): what is announced, what its tooltip says
    const heard: string[] = [];
    const tooltips: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      heard.push(await press(element, i === 0 ? 'Home' : 'ArrowRight'));
      tooltips.push(text(part(element, '.tooltip')));
    }
    // counting-bodies-es.csv: P001 (CRS, 4 in 2006), P007 (PGR, 8 in 2012), P031 (BBC Mundo, 4 in 2006)
    const bodies = [
      ['2006', '4', 'CRS (June S. Beittel), «según algunas versiones»'],
      ['2012', '8', 'Funcionarios de la PGR'],
      ['2006', '4', 'BBC Mundo («especialistas y autoridades»)'],
    ];
    for (const row of bodies) {
      const body = row[2]!;
      expect(table).toContainEqual(row);
      expect(heard.filter((said) => said.includes(body))).not.toEqual([]);
      expect(tooltips.filter((tooltip) => tooltip.includes(body))).not.toEqual([]);
    }
    // no counting body in English, except those that read the same in Spanish (PGR, AP)
    const english = publishedGroupCounts
      .filter((row) => row.countingBody.en !== row.countingBody.es)
      .map((row) => row.countingBody.en);
    const shown = [...rows.flat(), ...heard, ...tooltips].join('\n');
    expect(english.filter((wording) => shown.includes(wording))).toEqual([]);
  });
});

describe('<usmx-splinter-count> years after the data', () => {
  // organizations.csv: the latest splits (Los Chapitos, La Mayiza) are of 2024; FACTS.md counts
  // 8 organizations active in 2000 and 39 in 2024, its last year
  const latest = 2024;

  it('counts no year after the data, whatever to asks for', async () => {
    const { element, event } = await mount<UsmxSplinterCount>(TAG, { from: '2000', to: '2030' });
    expect(event.type).toBe('usmx-ready');
    expect(text(part(element, '[part=summary]'))).toMatch(
      /: 8 active organizations in 2000 and 39 in 2024,/,
    );
  });

  it('rejects a from after the data, in the widget language', async () => {
    const { detail } = await mountError(TAG, { from: String(latest + 1), lang: 'es' });
    expect(detail).toEqual({
      code: 'invalid-attribute',
      message: 'Atributo no válido',
      issues: [
        {
          column: 'from',
          value: String(latest + 1),
          reason: `posterior al último año de los datos (${latest})`,
        },
      ],
    });
  });
});

describe('<usmx-splinter-count> with a published list outside from-to', () => {
  // the year each list describes, as its source dates it (groups SOURCES.md)
  const LIST_YEARS = {
    CRS_2006_four: 2006,
    PGR_end_Fox_seven: 2006,
    PGR_2012_eight: 2012,
    PGR_2014_nine: 2014,
    Lantia_2014_nine: 2014,
    DEA_seven_CRS2015: 2015,
    DEA_NDTA2019_six: 2019,
    BACRIM2020: 2020,
  };

  it.each(Object.entries(LIST_YEARS))(
    'names the year %s describes and the end to move',
    async (rule, year) => {
      const after = await mountError(TAG, { rule, from: String(year + 1), to: '2024' });
      expect(after.detail).toMatchObject({
        code: 'empty',
        message: expect.stringMatching(
          new RegExp(` describes ${year} only, outside ${year + 1}-2024\\.$`),
        ),
        issues: [
          {
            column: 'from',
            value: year + 1,
            reason: `the chosen list describes ${year} only: choose a span that includes it`,
          },
        ],
      });
      const before = await mountError(TAG, { rule, from: '1990', to: String(year - 1) });
      expect(before.detail.issues[0]).toMatchObject({ column: 'to', value: year - 1 });
      const within = await mount<UsmxSplinterCount>(TAG, {
        rule,
        from: String(year),
        to: String(year),
      });
      expect(within.event.type).toBe('usmx-ready');
    },
  );

  it('says so in Spanish', async () => {
    const { detail } = await mountError(TAG, { rule: 'PGR_2014_nine', from: '2016', lang: 'es' });
    expect(detail).toEqual({
      code: 'empty',
      message: 'Lista de la PGR: nueve cárteles (2014) describe solo 2014, fuera de 2016-2024.',
      issues: [
        {
          column: 'from',
          value: 2016,
          reason: 'la lista elegida describe solo 2014: elija un periodo que lo incluya',
        },
      ],
    });
  });
});

describe('<usmx-splinter-count> errors in the reader’s language', () => {
  it('names a repeated id in the reader’s rows, counting rows from 1', async () => {
    // organizations.json: ALPHA, BETA, GAMMA and DELTA, then ALPHA again as row 5
    const rows = (await (await fetch(fixture('organizations.json'))).json()) as unknown[];
    const { element, detail } = await mountError(TAG, { lang: 'es' }, { data: [...rows, rows[0]] });
    expect(errorShown(element).items).toEqual([
      'fila 5: id (valor "ALPHA"): repite el id de la fila 1',
    ]);
    expect(detail).toMatchObject({
      code: 'invalid-data',
      message: 'data: 1 valor no válido',
      issues: [{ code: 'repeated-id', row: 5, column: 'id', value: 'ALPHA' }],
    });
  });

  it('says the count is a lower bound when the indicator stopped at 100 repeated ids', async () => {
    const rows = (await (await fetch(fixture('organizations.json'))).json()) as unknown[];
    const data = [...rows, ...Array.from({ length: 150 }, () => rows[0])];
    const { detail } = await mountError(TAG, { lang: 'es' }, { data });
    expect(detail.message).toBe('data: al menos 100 valores no válidos');
    expect(detail.issues).toHaveLength(20);
    expect(detail.issues[0]).toMatchObject({ row: rows.length + 1, column: 'id' });
  });

  it('names the rules it knows in Spanish', async () => {
    const { element, detail } = await mountError(TAG, { rule: 'mine', lang: 'es' });
    expect(detail).toEqual({
      code: 'invalid-attribute',
      message: 'Atributo no válido',
      issues: [
        {
          code: 'unknown-rule',
          column: 'rule',
          value: 'mine',
          reason: `se esperaba uno de: ${RULES.join(', ')}`,
        },
      ],
    });
    expect(text(part(element, '[role=alert] li'))).toMatch(
      /^rule \(valor "mine"\): se esperaba uno de: lineage, /,
    );
  });
});

describe('<usmx-splinter-count> legend', () => {
  /** The painted look of an SVG element: its kind, size and colours. */
  const look = (node: Element | null) => {
    const style = getComputedStyle(node as Element);
    const box = (node as SVGGraphicsElement).getBBox();
    return {
      tag: node?.tagName,
      width: box.width,
      height: box.height,
      fill: style.fill,
      stroke: style.stroke,
      strokeWidth: style.strokeWidth,
    };
  };

  it('draws each swatch as the mark it stands for', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    const items = parts(element, '.legend-item');
    expect(items.map(text)).toEqual([
      'Counted under the rule',
      'Published counts (each in its own unit)',
      'Years one count covers',
      'Range of one count (low-high)',
    ]);
    const [counted, published, span, range] = items;
    // the counted swatch is a dot on a stretch of the line, as the counted years are drawn
    expect(look(counted?.querySelector('circle') ?? null)).toEqual(
      look(part(element, '.counted-marks circle')),
    );
    expect(look(counted?.querySelector('path') ?? null)).toMatchObject({
      stroke: look(part(element, 'path.counted-line')).stroke,
      strokeWidth: look(part(element, 'path.counted-line')).strokeWidth,
    });
    // a published count: a diamond filled with the background and outlined, not a filled circle
    expect(look(published?.querySelector('.published') ?? null)).toEqual(
      look(part(element, '.published-marks path.published')),
    );
    expect(published?.querySelector('circle')).toBeNull();
    // the line across a count's years and the bar from a count's low to its high end
    for (const [item, mark] of [
      [span, '.published-marks .published-span'],
      [range, '.published-marks .published-range'],
    ] as const) {
      const { stroke, strokeWidth, fill } = look(part(element, mark));
      expect(look(item?.querySelector('path') ?? null)).toMatchObject({
        stroke,
        strokeWidth,
        fill,
      });
    }
  });

  it('explains span lines and range bars only when the chart draws them', async () => {
    // published_counts.csv: within 2021-2024 only P029 (2021: 14) and P053 (2023: 175), one year
    // and one number each
    const { element } = await mount<UsmxSplinterCount>(TAG, { from: '2021', to: '2024' });
    expect(parts(element, '.published-marks .figure')).toHaveLength(2);
    expect(parts(element, '.published-span, .published-range')).toEqual([]);
    expect(parts(element, '.legend-item').map(text)).toEqual([
      'Counted under the rule',
      'Published counts (each in its own unit)',
    ]);
    const es = await mount<UsmxSplinterCount>(TAG, { ...ARTICLE, lang: 'es' });
    expect(parts(es.element, '.legend-item').map(text)).toEqual([
      'Contadas con la regla',
      'Conteos publicados (cada uno en su unidad)',
      'Años que abarca un conteo',
      'Rango de un conteo (mínimo-máximo)',
    ]);
  });
});

describe('<usmx-splinter-count> rule control', () => {
  it.each(['en', 'es'])('shows every rule whole in a 280 px widget (%s)', async (lang) => {
    const { element } = await mount<UsmxSplinterCount>(TAG, { lang }, { width: 280 });
    const select = part<HTMLSelectElement>(element, 'select') as HTMLSelectElement;
    const room = (select.parentElement as HTMLElement).clientWidth;
    // a select is as wide as its longest option unless the room left caps it, cutting the text
    select.style.maxWidth = 'none';
    expect(select.getBoundingClientRect().width).toBeLessThanOrEqual(room);
  });

  it('names the chosen rule in full in the summary above its short option', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, { rule: 'PGR_2014_nine', lang: 'es' });
    const select = part<HTMLSelectElement>(element, 'select') as HTMLSelectElement;
    expect(text(select.selectedOptions[0] ?? null)).toBe('PGR 2014: nueve cárteles');
    expect(text(part(element, '[part=summary]'))).toMatch(
      /^Lista de la PGR: nueve cárteles \(2014\): 9 organizaciones en 2014/,
    );
  });
});

describe('<usmx-splinter-count> citation', () => {
  it('names the rule as the reader reads it, not its id', async () => {
    const en = await mount<UsmxSplinterCount>(TAG, ARTICLE);
    expect(text(part(en.element, '.citation'))).toBe(
      'usmx, “Splinter count”, rule “Every organization in the lineage”, 2006-2017.',
    );
    const es = await mount<UsmxSplinterCount>(TAG, {
      ...ARTICLE,
      rule: 'PGR_2014_nine',
      lang: 'es',
    });
    expect(text(part(es.element, '.citation'))).toBe(
      'usmx, «Conteo de escisiones», regla «Lista de la PGR: nueve cárteles (2014)», 2006-2017.',
    );
  });
});

describe('<usmx-splinter-count> a counted year on a published count', () => {
  it('rings the dot with the background, inside the diamonds it lies on', async () => {
    const { element } = await mount<UsmxSplinterCount>(TAG, { rule: 'PGR_2014_nine' });
    const dot = part<SVGCircleElement>(element, '.counted-marks circle') as SVGCircleElement;
    const [cx, cy, r] = ['cx', 'cy', 'r'].map((name) => Number(dot.getAttribute(name))) as [
      number,
      number,
      number,
    ];
    // published_counts.csv: P010 (Lantia) and P012 (PGR) both count 9 cartels in 2014, the one
    // year the PGR list counts: two diamonds centred on the dot
    const diamonds = parts(element, '.published-marks path.published').filter((d) =>
      (d.getAttribute('d') ?? '').startsWith(`M${cx},${cy - 6}L`),
    );
    expect(diamonds).toHaveLength(2);
    /** The colour painted on top at `distance` from the dot's centre, `degrees` from the right. */
    const paintAt = (distance: number, degrees: number) => {
      const angle = (degrees * Math.PI) / 180;
      const at = new DOMPoint(cx + distance * Math.cos(angle), cy + distance * Math.sin(angle));
      const screen = at.matrixTransform(dot.getScreenCTM() as DOMMatrix);
      const top = element.shadowRoot?.elementFromPoint(screen.x, screen.y) as SVGGeometryElement;
      const style = getComputedStyle(top);
      return style.stroke !== 'none' && top.isPointInStroke(at) ? style.stroke : style.fill;
    };
    const counted = getComputedStyle(dot).fill;
    const background = getComputedStyle(part(element, '.base') as HTMLElement).backgroundColor;
    const published = getComputedStyle(diamonds[0] as Element).stroke;
    expect(new Set([counted, background, published]).size).toBe(3);
    const around = [0, 45, 90, 135, 180, 225, 270, 315];
    expect(paintAt(0, 0)).toBe(counted);
    // just outside the dot, all round: the background, where the diamonds' sides used to touch it
    expect(around.map((degrees) => paintAt(r + 0.4, degrees))).toEqual(
      around.map(() => background),
    );
    // and beyond that ring the diamonds' whole outline: across its width at their sides (4.24 px
    // from the centre, 1.5 px wide: 3.49 to 4.99) and at their corners (6 px)
    for (const side of [3.55, 4.24, 4.9])
      expect(around.map((degrees) => paintAt(degrees % 90 === 0 ? 5.9 : side, degrees))).toEqual(
        around.map(() => published),
      );
  });
});

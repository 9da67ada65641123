import { leadershipEvents, organizations } from '@usmx/data/groups';
import { afterEach, describe, expect, it } from 'vitest';
import { change, clearBody, errorDetail, fixture, mount, mountError } from '../../../test/mount.js';
import { axisTicks, centre, edges, near, scaleOfTicks } from '../../../test/chart.js';
import { part, parts, press, text } from '../../../test/read.js';
import { describeWidgetContract } from '../../../test/widget-contract.js';
import { serializeSvg } from '../../internal/download.js';
import './group-lineage.js';
import { dodge } from './group-lineage.chart.js';
import type { UsmxGroupLineage } from './group-lineage.component.js';
import { decimalYear } from '../../internal/decimal-year.js';

const TAG = 'usmx-group-lineage';

afterEach(clearBody);

describeWidgetContract(TAG, {
  invalid: { attributes: { from: '19x0', to: '1850' }, names: 'expected a whole year' },
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
  malformed: 'organizations-invalid.json',
  csv: {
    columns: 'organization,parents,founded,ceased,events',
    // leadership_events.csv E001: Félix Gallardo (Guadalajara) arrested, 1989
    rows: [/^Guadalajara Cartel,,1980,1989,.*Félix Gallardo arrested/],
  },
});

describe('<usmx-group-lineage> chart as a reader sees it', () => {
  /** The edges of an organization's line. */
  const line = (element: HTMLElement, id: string) =>
    edges(part(element, `.org[data-id=${id}] .lifeline`)!);

  it('runs each organization’s line from its founding year to its last, on the axis’s years', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { to: '2024' });
    const ticks = axisTicks(element, 'x');
    // 1980-2024, a label every third year, the last one kept
    expect(ticks.map((tick) => tick.label)).toEqual(
      Array.from({ length: 15 }, (_, i) => String(1982 + 3 * i)),
    );
    // a year's label stands in its middle: the year begins half a year before it
    const year = scaleOfTicks(ticks);
    const begins = (y: number) => near(year(y - 0.5));
    // organizations.csv: Guadalajara 1980 to 1989; Sinaloa from 1990 and Los Zetas (from the Gulf
    // Cartel) from 2010, both active; the Gulf Cartel from the 1930s, before the axis
    const years = new Map([
      ['GUADALAJARA', [1980, 1990]],
      ['SINALOA', [1990, 2025]],
      ['ZETAS', [2010, 2025]],
      ['GULF', [1980, 2025]],
    ]);
    for (const [id, [first = 0, after = 0]] of years) {
      const { left, right, top } = line(element, id);
      expect({ left, right }, id).toEqual({ left: begins(first), right: begins(after) });
      // its name just after the start of its line, above it
      const name = edges(part(element, `.org[data-id=${id}] .org-label`)!);
      expect(name.left - left, id).toBeGreaterThanOrEqual(0);
      expect(name.left - left, id).toBeLessThan(8);
      expect(name.bottom, id).toBeLessThanOrEqual(top);
    }
    expect(text(part(element, '.org[data-id=ZETAS] .org-label'))).toBe('Los Zetas');
  });

  it('draws a split from its parent’s line down to its own, and the parent first', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { to: '2024' });
    const year = scaleOfTicks(axisTicks(element, 'x'));
    expect(edges(part(element, '.connector[data-id=ZETAS]')!)).toEqual({
      left: near(year(2010 - 0.5)),
      right: near(year(2010 - 0.5)),
      top: near(line(element, 'GULF').top),
      bottom: near(line(element, 'ZETAS').top),
    });
    // the oldest line on top, every organization below the one it split from
    const rows = parts(element, '.org').map((org) => org.dataset.id);
    expect(rows[0]).toBe('GULF');
    for (const organization of organizations.filter((o) => rows.includes(o.id))) {
      const parent = organization.parentIds.find((id) => rows.includes(id));
      if (parent)
        expect(rows.indexOf(parent), organization.id).toBeLessThan(rows.indexOf(organization.id));
    }
  });

  it('marks a leadership event on its organization’s line at its date, by its kind', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { to: '2024' });
    const year = scaleOfTicks(axisTicks(element, 'x'));
    // leadership_events.csv E001: Félix Gallardo (Guadalajara) arrested in 1989, its year only:
    // a square in the middle of 1989
    const marks = parts(element, '.org[data-id=GUADALAJARA] .event');
    expect(marks.map((mark) => mark.getAttribute('class'))).toEqual(['mark event arrested']);
    expect(centre(marks[0]!)).toEqual({
      x: near(year(1989)),
      y: near(line(element, 'GUADALAJARA').top),
    });
  });
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

describe('<usmx-group-lineage> pointer', () => {
  it('picks the point under the pointer, on whichever line it lies', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG);
    const ring = () =>
      ['cx', 'cy'].map((name) => Number(part(element, '.focus-ring')?.getAttribute(name)));
    // every point's position, walked by keyboard from the first to the last
    const last = await press(element, 'End');
    const positions = [ring()];
    for (let announced = await press(element, 'Home'); announced !== last;) {
      announced = await press(element, 'ArrowRight');
      positions.push(ring());
    }
    expect(positions.length).toBeGreaterThan(40);
    // the pointer on each position lands on a point there (points can coincide)
    const chart = part(element, '[part=chart]');
    const svg = part<SVGSVGElement>(element, 'svg.svg');
    for (const [cx, cy] of positions) {
      const box = svg?.getBoundingClientRect();
      const scale = (box?.width ?? 1) / Number(svg?.getAttribute('width'));
      chart?.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          clientX: (box?.left ?? 0) + (cx as number) * scale,
          clientY: (box?.top ?? 0) + (cy as number) * scale,
        }),
      );
      await element.updateComplete;
      expect(ring()).toEqual([cx, cy]);
    }
  });
});

describe('<usmx-group-lineage> names in the reader’s language', () => {
  /** The table's rows as [organization, comes from], from the widget in `lang`. */
  const tableRows = async (lang: 'en' | 'es') => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { lang });
    part(element, '.actions button')?.click();
    await element.updateComplete;
    return parts(element, 'tbody tr').map((row) => [...row.children].slice(0, 2).map(text));
  };

  it('names organizations in Spanish where the dataset gives a Spanish name', async () => {
    const [en, es] = [await tableRows('en'), await tableRows('es')];
    // names-es.csv: Gulf Cartel is Cártel del Golfo, Knights Templar are Caballeros Templarios
    expect(en).toContainEqual(['Gulf Cartel', '']);
    expect(es).toContainEqual(['Cártel del Golfo', '']);
    expect(es).toContainEqual(['Caballeros Templarios', 'La Familia Michoacana']);
    // organizations.csv: La Familia Michoacana comes from the Gulf Cartel and Los Zetas
    expect(es).toContainEqual(['La Familia Michoacana', 'Cártel del Golfo; Los Zetas']);
    expect(es.flat().filter((name) => /Cartel\b|Knights Templar/.test(name))).toEqual([]);
  });
});

describe('<usmx-group-lineage> user lineage', () => {
  it('reports a lineage cycle in the reader’s file as invalid data', async () => {
    // organizations-cycle.json: Alpha's parent is Beta and Beta's parent is Alpha
    const { element, detail } = await mountError(TAG, {
      src: fixture('organizations-cycle.json'),
    });
    expect(detail.code).toBe('invalid-data');
    expect(detail.issues.length).toBeGreaterThan(0);
    expect(text(part(element, '[role=alert]'))).toMatch(/ALPHA|BETA/);
  });
});

describe('<usmx-group-lineage> tree', () => {
  it('draws every dated organization and every leadership event', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG);
    // organizations.csv has 47 rows; DIAZ_PARADA has no year (FACTS.md) and is listed instead of drawn
    expect(parts(element, '.org')).toHaveLength(46);
    // what is left out is a note under the chart, not the highlighted callout
    expect(part(element, '[part=callout]')).toBeNull();
    expect(text(part(element, '[part=notes]'))).toMatch(
      /^Not drawn \(no founding year\): .*Díaz Parada/,
    );
    const chart = part(element, '[part=chart]')!;
    const notes = part(element, '[part=notes]')!;
    expect(chart.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // leadership_events.csv: 39 events, of which 8 killed, 23 arrested, 3 extradited
    expect(parts(element, '.orgs .event')).toHaveLength(39);
    expect(text(part(element, '[part=summary]'))).toContain(
      '39 leadership events are marked (8 killed, 23 arrested, 3 extradited)',
    );
    // a split is drawn from its parent's line: Los Zetas come from the Gulf Cartel
    expect(part(element, '.connector[data-id=ZETAS]')).not.toBeNull();
  });

  it('narrows the years with from and to', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { from: '2000', to: '2010' });
    const ticks = parts(element, '.axis-x text').map(text);
    expect(ticks.at(-1)).toBe('2010');
    expect(Number(ticks[0])).toBeGreaterThanOrEqual(2000);
    expect(errorDetail(await change(element, { from: '2011' })).issues).toEqual([
      {
        code: 'before-from',
        column: 'to',
        value: '2010',
        reason: 'must not be before from (2011)',
      },
    ]);
  });

  it('speaks Spanish', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { lang: 'es' });
    expect(text(part(element, '[part=summary]'))).toMatch(
      /^46 organizaciones descienden de \d+ grupos fundadores/,
    );
  });
});

describe('<usmx-group-lineage> window', () => {
  // organizations active at some point of 2005-2010, and the events of those years on their lines
  const inWindow = organizations.filter(
    (o) => (o.yearFounded ?? Infinity) <= 2010 && (o.yearCeased ?? Infinity) >= 2005,
  );
  const ids = new Set(inWindow.map((o) => o.id));
  const events = leadershipEvents.filter((e) => {
    const year = Number(e.date.slice(0, 4));
    return year >= 2005 && year <= 2010 && ids.has(e.organizationId);
  });

  it('draws only the organizations and events of the window', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { from: '2005', to: '2010' });
    expect(inWindow.length).toBeGreaterThan(0);
    expect(inWindow.length).toBeLessThan(organizations.length - 1);
    expect(parts(element, '.org').map((g) => g.dataset.id ?? g.getAttribute('data-id'))).toEqual(
      expect.arrayContaining([...ids]),
    );
    expect(parts(element, '.org')).toHaveLength(inWindow.length);
    expect(parts(element, '.orgs .event')).toHaveLength(events.length);
    // Guadalajara stopped in 1989: not in the window
    expect(part(element, '.org[data-id=GUADALAJARA]')).toBeNull();
    const summary = text(part(element, '[part=summary]'));
    expect(summary).toMatch(new RegExp(`^${inWindow.length} organizations descend`));
    expect(summary).toContain(`${events.length} leadership events are marked`);
  });

  it('lists only the window in the table and on the keyboard', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { from: '2005', to: '2010' });
    part(element, '.actions button')?.click();
    await element.updateComplete;
    const rows = parts(element, 'table tbody tr');
    expect(rows).toHaveLength(inWindow.length);
    // every event listed in the table falls in 2005-2010
    const dates = rows.flatMap((row) => text(row).match(/\b(19|20)\d\d-\d\d(-\d\d)?\b/g) ?? []);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => Number(d.slice(0, 4)) >= 2005 && Number(d.slice(0, 4)) <= 2010)).toBe(
      true,
    );
    const stops = inWindow.length + events.length;
    const heard = [await press(element, 'Home')];
    for (let i = 1; i < stops; i++) heard.push(await press(element, 'ArrowRight'));
    expect(new Set(heard).size).toBe(stops);
    // the last stop: one more step stays there
    expect(await press(element, 'ArrowRight')).toBe(heard.at(-1));
  });

  it.each([[{ from: '2030' }], [{ from: '1900', to: '1910' }]])(
    'is an error, naming from and the years covered, when no organization is active (%o)',
    async (attributes) => {
      const { detail } = await mountError(TAG, attributes);
      expect(detail.code).toBe('empty');
      expect(detail.issues[0]?.column).toBe('from');
      // the Gulf Cartel, the oldest line, dates from 1930 (FACTS.md)
      expect(detail.issues[0]?.reason).toMatch(/the data covers 1930-20\d\d/);
    },
  );
});

describe('<usmx-group-lineage> plurals', () => {
  const alpha = [
    {
      id: 'ALPHA',
      name: { en: 'Alpha' },
      aliases: [],
      parentIds: [],
      originType: 'founding',
      yearFoundedVerified: true,
      majorLists: [],
      sourceIds: ['MY_NOTES'],
      verified: 'true',
      yearFounded: 2000,
    },
  ];

  it.each([
    {
      name: 'English, the default',
      attributes: {} as Record<string, string>,
      summary:
        '1 organization descends from 1 founding group through 0 splits; 0 leadership events are marked (0 killed, 0 arrested, 0 extradited).',
    },
    {
      name: 'Spanish',
      attributes: { lang: 'es' },
      summary:
        '1 organización desciende de 1 grupo fundador a través de 0 escisiones; se marcan 0 eventos de liderazgo (0 abatidos, 0 detenidos, 0 extraditados).',
    },
  ])(
    'speaks of one organization and one founding group in the singular ($name)',
    async ({ attributes, summary }) => {
      const { element } = await mount<UsmxGroupLineage>(TAG, attributes, { data: alpha });
      expect(text(part(element, '[part=summary]'))).toBe(summary);
    },
  );

  it('counts a split in the singular', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, {
      src: fixture('organizations.json'),
      from: '2005',
      to: '2007',
    });
    // 2005-2007: ALPHA and BETA (split from ALPHA in 2005); GAMMA and DELTA come later
    expect(text(part(element, '[part=summary]'))).toMatch(
      /^2 organizations descend from 1 founding group through 1 split;/,
    );
  });
});

describe('<usmx-group-lineage> errors in the reader’s language', () => {
  it('checks from and to in Spanish', async () => {
    const { element, detail } = await mountError(TAG, { from: '19x0', to: '1850', lang: 'es' });
    expect(detail.message).toBe('2 atributos no válidos');
    const reason = 'se esperaba un año entero de 1900 a 2100';
    expect(detail.issues).toEqual([
      { code: 'not-whole-in-range', column: 'from', value: '19x0', reason },
      { code: 'not-whole-in-range', column: 'to', value: '1850', reason },
    ]);
    expect(text(part(element, '[role=alert] .error-title'))).toBe(
      'No se pudo dibujar esta gráfica',
    );
  });

  it('lists the bad fields of a file in Spanish', async () => {
    const { detail } = await mountError(TAG, {
      src: fixture('organizations-invalid.json'),
      lang: 'es',
    });
    expect(detail.code).toBe('invalid-data');
    // organization ids are upper-case letters, digits and _; years start in 1900
    expect(detail.issues.map((issue) => issue.reason)).toEqual([
      'debe seguir el patrón /^[A-Z0-9_]+$/',
      'debe ser >= 1900',
    ]);
  });
});

describe('<usmx-group-lineage> names', () => {
  it('keeps every name clear of the event symbols, from 280 to 1200 px', async () => {
    for (const width of [280, 1200]) {
      const { element } = await mount<UsmxGroupLineage>(TAG, { lang: 'es' }, { width });
      const symbols = parts(element, '.event').map((mark) => mark.getBoundingClientRect());
      expect(symbols.length).toBeGreaterThan(0);
      // a label's box runs from the font's ascent to its descent, past the letters' ink: 1 px of
      // the box may touch a symbol
      const covered = parts(element, '.org-label').filter((label) => {
        const box = label.getBoundingClientRect();
        return symbols.some(
          (mark) =>
            mark.left < box.right &&
            mark.right > box.left &&
            mark.top < box.bottom - 1 &&
            mark.bottom > box.top + 1,
        );
      });
      expect(covered.map(text), `${width} px`).toEqual([]);
    }
  });
});

describe('<usmx-group-lineage> events before a split', () => {
  // leadership_events.csv E007 (2002) and E009 (2004): leaders of Los Zetas, who split from the
  // Gulf Cartel in 2010 (organizations.csv); no other event predates its organization
  const founded = new Map(organizations.map((o) => [o.id, o.yearFounded]));
  const early = leadershipEvents.filter(
    (e) => Number(e.date.slice(0, 4)) < (founded.get(e.organizationId) ?? 0),
  );
  /** What the widget announces once the arrow keys reach the announcement starting with `start`. */
  const announced = async (element: UsmxGroupLineage, start: string) => {
    for (let heard = await press(element, 'Home'), i = 0; i < 200; i++) {
      if (heard.startsWith(start)) return heard;
      heard = await press(element, 'ArrowRight');
    }
    return '';
  };

  it('draws every event on its row’s line, dashed from the first event to the split', async () => {
    expect(early.map((e) => e.id)).toEqual(['E007', 'E009']);
    const { element } = await mount<UsmxGroupLineage>(TAG);
    const box = (mark: Element) => (mark as SVGGraphicsElement).getBBox();
    const off = parts(element, '.org').flatMap((org) => {
      const segments = [...org.querySelectorAll('.lifeline, .before-founding')].map(box);
      return [...org.querySelectorAll('.event')]
        .map((mark) => ({ id: org.dataset.id, b: box(mark) }))
        .filter(({ b }) => {
          const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
          return !segments.some(
            (s) => x >= s.x - 0.5 && x <= s.x + s.width + 0.5 && Math.abs(y - s.y) < 0.5,
          );
        })
        .map(({ id, b }) => `${id} at ${b.x.toFixed(1)}`);
    });
    expect(off).toEqual([]);
    // the dashed stretch: only where events predate the line, running up to its solid part
    expect(parts(element, '.orgs .before-founding')).toHaveLength(1);
    const [dashed, solid] = ['.before-founding', '.lifeline'].map((selector) =>
      box(part(element, `.org[data-id=ZETAS] ${selector}`) as Element),
    );
    expect(dashed?.x).toBeLessThan(solid?.x ?? 0);
    expect((dashed?.x ?? 0) + (dashed?.width ?? 0)).toBeCloseTo(solid?.x ?? 0, 1);
  });

  it('explains the dashed stretch in the legend only when one is drawn', async () => {
    const key = (element: HTMLElement) => parts(element, '.legend .label').map(text);
    const all = await mount<UsmxGroupLineage>(TAG);
    expect(key(all.element)).toContain('before its split or founding');
    expect(part(all.element, '.legend .before-founding')).not.toBeNull();
    const spanish = await mount<UsmxGroupLineage>(TAG, { lang: 'es' });
    expect(key(spanish.element)).toContain('antes de su escisión o fundación');
    // from 2005 the events of 2002 and 2004 are left out, and so is the dashed stretch
    const later = await mount<UsmxGroupLineage>(TAG, { from: '2005' });
    expect(part(later.element, '.before-founding')).toBeNull();
    expect(key(later.element)).toEqual([
      'killed',
      'arrested',
      'extradited',
      'other event',
      'not verified',
    ]);
  });

  it('says that an event predates the split, in English and Spanish', async () => {
    const en = await mount<UsmxGroupLineage>(TAG);
    // leadership_events.csv E007: killed 21 November 2002, cited (partly verified), before the split
    expect(await announced(en.element, 'Los Zetas, Nov 21, 2002')).toBe(
      'Los Zetas, Nov 21, 2002: Arturo Guzmán Decena killed (before the 2010 split from Gulf Cartel)',
    );
    expect([...(part(en.element, '.tooltip')?.children ?? [])].map(text)).toEqual([
      'Los Zetas, Nov 21, 2002',
      'Arturo Guzmán Decena: killed',
      'before the 2010 split from Gulf Cartel',
    ]);
    // leadership_events.csv E022: Lazcano, killed in 2012, after the split
    expect(await announced(en.element, 'Los Zetas, Oct')).toBe(
      'Los Zetas, Oct 7, 2012: Heriberto Lazcano Lazcano killed',
    );
    const es = await mount<UsmxGroupLineage>(TAG, { lang: 'es' });
    expect(await announced(es.element, 'Los Zetas, 2004')).toBe(
      'Los Zetas, 2004: Rogelio González Pizaña detenido (antes de la escisión de Cártel del Golfo en 2010)',
    );
    part(es.element, '.actions button')?.click();
    await es.element.updateComplete;
    const zetas = parts(es.element, 'tbody tr').find((row) => text(row).startsWith('Los Zetas'));
    expect(text(zetas ?? null)).toContain(
      '2004 Rogelio González Pizaña detenido (antes de la escisión de Cártel del Golfo en 2010)',
    );
  });
});

describe('<usmx-group-lineage> connectors', () => {
  it('paints every connector beneath every name, line and symbol', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG);
    const connectors = parts(element, '.connector');
    const labels = parts(element, '.org-label');
    // the case at stake: connectors that pass behind names of the rows in between
    const crossing = connectors.filter((c) => {
      const a = c.getBoundingClientRect();
      return labels.some((label) => {
        const b = label.getBoundingClientRect();
        return a.left < b.right && a.right > b.left && a.top < b.top && a.bottom > b.bottom;
      });
    });
    expect(crossing.length).toBeGreaterThan(0);
    const drawnAfter = parts(element, '.org *').filter((mark) =>
      connectors.some((c) => mark.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    expect(drawnAfter.map((mark) => mark.getAttribute('class'))).toEqual([]);
  });

  it('rings each name with the background colour, in both themes and in the SVG file', async () => {
    for (const theme of ['light', 'dark']) {
      const { element } = await mount<UsmxGroupLineage>(TAG, { theme });
      const background = getComputedStyle(part(element, '[part=base]') as Element).backgroundColor;
      const labels = parts(element, '.org-label').map((label) => getComputedStyle(label));
      expect(labels.length).toBeGreaterThan(0);
      for (const style of labels) {
        expect([style.stroke, style.strokeWidth, style.paintOrder], theme).toEqual([
          background,
          '3px',
          'stroke',
        ]);
      }
      // the file keeps the halo beneath the letters (download.ts copies stroke but not paint-order)
      const file = serializeSvg(part(element, 'svg.svg') as SVGSVGElement, 'title', background);
      const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
      const ringed = [...doc.querySelectorAll('text')].filter(
        (label) => label.getAttribute('stroke') === background,
      );
      expect(ringed).toHaveLength(labels.length);
      expect(ringed.filter((label) => label.getAttribute('paint-order') !== 'stroke')).toEqual([]);
    }
  });
});

/** An SVG element's box in the chart's units, widened by half its stroke on every side. */
function strokeBox(mark: Element): { left: number; right: number; top: number; bottom: number } {
  const box = (mark as SVGGraphicsElement).getBBox();
  const half = parseFloat(getComputedStyle(mark).strokeWidth) / 2;
  return {
    left: box.x - half,
    right: box.x + box.width + half,
    top: box.y - half,
    bottom: box.y + box.height + half,
  };
}

describe('<usmx-group-lineage> events not verified', () => {
  const key = (element: HTMLElement) => parts(element, '.legend .label').map(text);

  it('explains the hollow symbols in the legend only when one is drawn', async () => {
    // leadership_events.csv: one event is not verified (E037, an arrest); the others cite a page
    const en = await mount<UsmxGroupLineage>(TAG);
    expect(parts(en.element, '.orgs .event.unverified')).toHaveLength(1);
    expect(key(en.element)).toContain('not verified');
    const swatch = part(en.element, '.legend .event.unverified');
    const background = getComputedStyle(part(en.element, '[part=base]') as Element).backgroundColor;
    expect(swatch && getComputedStyle(swatch).fill).toBe(background);
    const es = await mount<UsmxGroupLineage>(TAG, { lang: 'es' });
    expect(key(es.element)).toContain('sin verificar');
    // to 1992 the only event is E001 (1989, verified): no hollow symbol, no entry
    const early = await mount<UsmxGroupLineage>(TAG, { to: '1992' });
    expect(parts(early.element, '.orgs .event')).toHaveLength(1);
    expect(key(early.element)).not.toContain('not verified');
    expect(part(early.element, '.legend .event.unverified')).toBeNull();
  });

  it('draws every event not verified hollow, killings too', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG);
    const background = getComputedStyle(part(element, '[part=base]') as Element).backgroundColor;
    // the symbol's middle is inside its shape and painted with the background: a hollow ✕ is an
    // outline, where two crossed strokes enclose nothing
    const solid = parts<SVGGeometryElement>(element, '.orgs .event.unverified').filter((mark) => {
      const box = mark.getBBox();
      const middle = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
      return !mark.isPointInFill(middle) || getComputedStyle(mark).fill !== background;
    });
    expect(solid.map((mark) => mark.getAttribute('class'))).toEqual([]);
  });
});

describe('<usmx-group-lineage> crowded events', () => {
  it('spreads symbols that would cover each other, no more than they need', () => {
    // alone, or far enough apart: where their dates are
    expect(dodge([100, 150], [10], 0, 500)).toEqual([100, 150]);
    // two on the same day: half a gap each way
    expect(dodge([100, 100], [10], 0, 500)).toEqual([95, 105]);
    // a run of three about their mean (100 + 102 + 110) / 3 = 104
    expect(dodge([100, 102, 110], [10, 10], 0, 500)).toEqual([94, 104, 114]);
    // a run that meets the next symbol takes it in: (100 + 100 + 112 - 10 - 20) / 3 = 94
    expect(dodge([100, 100, 112], [10, 10], 0, 500)).toEqual([94, 104, 114]);
    // kept on the line: a run at its end ends there
    expect(dodge([498, 499], [10], 0, 500)).toEqual([490, 500]);
    expect(dodge([1, 1], [10], 0, 500)).toEqual([0, 10]);
  });

  it('keeps every symbol clear of the others on its line, from 280 to 1200 px', async () => {
    for (const width of [280, 1200]) {
      const { element } = await mount<UsmxGroupLineage>(TAG, {}, { width });
      const overlaps = parts(element, '.org').flatMap((org) => {
        const boxes = [...org.querySelectorAll('.event')].map(strokeBox);
        return boxes.flatMap((a, i) =>
          boxes
            .slice(i + 1)
            .filter((b) => a.left < b.right && b.left < a.right)
            .map((b) => `${org.dataset.id}: ${a.left.toFixed(1)} and ${b.left.toFixed(1)}`),
        );
      });
      expect(overlaps, `${width} px`).toEqual([]);
    }
  });

  it('moves symbols off their dates only as far as their neighbours require', async () => {
    // every dated event of a row, in the order of their dates
    const eventsOf = (id: string | undefined) =>
      leadershipEvents
        .filter((e) => e.organizationId === id)
        .sort((a, b) => a.date.localeCompare(b.date))
        .sort((a, b) => decimalYear(a.date) - decimalYear(b.date));
    for (const [width, most] of [
      // 1980-2025 in 1176 px: only the pairs of one date or three weeks apart (AFO 2002,
      // Knights Templar March 2014, Sinaloa 2024-07-25) move, half a symbol each
      [1200, 5.5],
      // in 256 px (5.7 px a year) Sinaloa's nine events of 2014-2024 need some 80 px where their
      // dates span 60 px, the last two at the chart's end: the run shifts by up to 15 px (2.6 years)
      [280, 16],
    ] as const) {
      const { element } = await mount<UsmxGroupLineage>(TAG, {}, { width });
      // the Gulf Cartel's line spans the whole chart, 1980 to the end of 2024
      const gulf = (
        part(element, '.org[data-id=GULF] .lifeline') as Element & SVGGraphicsElement
      ).getBBox();
      const at = (date: string) => gulf.x + ((decimalYear(date) - 1980) / 45) * gulf.width;
      const moved = parts(element, '.org').flatMap((org) => {
        const events = eventsOf(org.dataset.id);
        return [...org.querySelectorAll('.event')].map((mark, i) => {
          const box = strokeBox(mark);
          return { id: org.dataset.id, by: (box.left + box.right) / 2 - at(events[i]?.date ?? '') };
        });
      });
      expect(moved.length).toBe(39);
      expect(Math.max(...moved.map((m) => Math.abs(m.by))), `${width} px`).toBeLessThanOrEqual(
        most,
      );
      if (width === 1200)
        expect(moved.filter((m) => Math.abs(m.by) > 0.05).map((m) => m.id)).toEqual([
          'KT',
          'KT',
          'AFO',
          'AFO',
          'SINALOA',
          'SINALOA',
        ]);
    }
  });

  it('puts the keyboard and pointer stops where the symbols are drawn', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, {}, { width: 280 });
    const ring = () =>
      ['cx', 'cy'].map((name) => Number(part(element, '.focus-ring')?.getAttribute(name)));
    const stops: number[][] = [];
    const last = await press(element, 'End');
    for (let heard = await press(element, 'Home'); ; heard = await press(element, 'ArrowRight')) {
      stops.push(ring());
      if (heard === last) break;
    }
    const astray = parts(element, '.orgs .event').filter((mark) => {
      const box = strokeBox(mark);
      const [x, y] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
      return !stops.some(
        ([cx, cy]) => Math.abs(x - (cx ?? 0)) < 0.15 && Math.abs(y - (cy ?? 0)) < 0.15,
      );
    });
    expect(astray.map((mark) => mark.getAttribute('class'))).toEqual([]);
  });
});

describe('<usmx-group-lineage> names over connectors', () => {
  /**
   * The chart as its SVG download shows it, drawn at twice its size: the pixels' colours at
   * (x, y) in chart units.
   */
  const drawnFile = async (element: UsmxGroupLineage) => {
    const svg = part<SVGSVGElement>(element, 'svg.svg') as SVGSVGElement;
    const background = getComputedStyle(part(element, '[part=base]') as Element).backgroundColor;
    const file = serializeSvg(svg, 'title', background);
    const url = URL.createObjectURL(new Blob([file], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    URL.revokeObjectURL(url);
    const [width, height] = ['width', 'height'].map((name) => Number(svg.getAttribute(name)));
    const canvas = document.createElement('canvas');
    canvas.width = 2 * (width as number);
    canvas.height = 2 * (height as number);
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    return (x: number, y: number) => {
      const i = 4 * (Math.round(2 * y) * canvas.width + Math.round(2 * x));
      return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    };
  };

  it('hides every connector where it passes beneath a name, from 280 to 1200 px and in the file', async () => {
    for (const [width, theme] of [
      [280, 'light'],
      [360, 'dark'],
      [1200, 'light'],
    ] as const) {
      const { element } = await mount<UsmxGroupLineage>(TAG, { theme }, { width });
      const pixel = await drawnFile(element);
      // a pixel tinted by the connectors' colour: bluer (blue less red) than the background by a
      // quarter of the connectors' own excess; the letters are grey, the symbols red
      const rgb = (color: string) => color.match(/\d+/g)?.map(Number) ?? [];
      const blueness = ([r = 0, , b = 0]: readonly number[]) => b - r;
      const base = getComputedStyle(part(element, '[part=base]') as Element).backgroundColor;
      const lineColor = getComputedStyle(part(element, '.connector') as Element).stroke;
      const paper = blueness(rgb(base));
      const ink = blueness(rgb(lineColor)) - paper;
      const tinted = (color: readonly number[]) => (blueness(color) - paper) / ink > 0.25;
      const labels = parts<SVGTextElement>(element, '.org-label').map((label) => ({
        name: text(label),
        box: label.getBBox(),
      }));
      const crossings = parts<SVGGraphicsElement>(element, '.connector').flatMap((connector) => {
        const c = connector.getBBox();
        const x = c.x + c.width / 2;
        return labels
          .filter(
            ({ box }) =>
              x > box.x &&
              x < box.x + box.width &&
              c.y < box.y &&
              c.y + c.height > box.y + box.height,
          )
          .map(({ name, box }) => ({ name, x, box }));
      });
      expect(crossings.length, `${width} px`).toBeGreaterThan(width === 1200 ? 2 : 8);
      // the connector's column, 1 px either side, through the name's box (the font's ascent to its
      // descent, accents included)
      const showing = crossings.filter(({ x, box }) => {
        for (let y = box.y + 0.5; y < box.y + box.height - 0.5; y += 0.5)
          for (const dx of [-1, -0.5, 0, 0.5, 1]) if (tinted(pixel(x + dx, y))) return true;
        return false;
      });
      expect(
        showing.map(({ name, x }) => `${name} at ${x.toFixed(1)}`),
        `${width} px, ${theme}`,
      ).toEqual([]);
    }
  });
});

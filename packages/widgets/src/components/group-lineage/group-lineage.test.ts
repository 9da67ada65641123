import { leadershipEvents, organizations } from '@usmx/data/groups';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearBody,
  errorDetail,
  fixture,
  mount,
  part,
  parts,
  press,
  settle,
  text,
} from '../../../test/helpers.js';
import { describeWidgetContract } from '../../../test/widget-contract.js';
import { serializeSvg } from '../../internal/download.js';
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
    const { element, event } = await mount<UsmxGroupLineage>(TAG, {
      src: fixture('organizations-cycle.json'),
    });
    const detail = errorDetail(event);
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
    expect(text(part(element, '[part=callout]'))).toMatch(
      /^Not drawn \(no founding year\): .*Díaz Parada/,
    );
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
      const { event } = await mount<UsmxGroupLineage>(TAG, attributes);
      const detail = errorDetail(event);
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
      name: 'Alpha',
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

  it('speaks of one organization and one founding group in the singular', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, {}, { data: alpha });
    expect(text(part(element, '[part=summary]'))).toBe(
      '1 organization descends from 1 founding group through 0 splits; 0 leadership events are marked (0 killed, 0 arrested, 0 extradited).',
    );
  });

  it('and in Spanish', async () => {
    const { element } = await mount<UsmxGroupLineage>(TAG, { lang: 'es' }, { data: alpha });
    expect(text(part(element, '[part=summary]'))).toBe(
      '1 organización desciende de 1 grupo fundador a través de 0 escisiones; se marcan 0 eventos de liderazgo (0 abatidos, 0 detenidos, 0 extraditados).',
    );
  });

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
    const { element, event } = await mount<UsmxGroupLineage>(TAG, {
      from: '19x0',
      to: '1850',
      lang: 'es',
    });
    const detail = errorDetail(event);
    expect(detail.message).toBe('2 atributos no válidos');
    expect(detail.issues).toEqual([
      { column: 'from', value: '19x0', reason: 'se esperaba un año entre 1900 y 2100' },
      { column: 'to', value: '1850', reason: 'se esperaba un año entre 1900 y 2100' },
    ]);
    expect(text(part(element, '[role=alert] .error-title'))).toBe(
      'No se pudo dibujar esta gráfica',
    );
  });

  it('lists the bad fields of a file in Spanish', async () => {
    const { event } = await mount<UsmxGroupLineage>(TAG, {
      src: fixture('organizations-invalid.json'),
      lang: 'es',
    });
    const detail = errorDetail(event);
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
    expect(key(later.element)).toEqual(['killed', 'arrested', 'extradited', 'other event']);
  });

  it('says that an event predates the split, in English and Spanish', async () => {
    const en = await mount<UsmxGroupLineage>(TAG);
    expect(await announced(en.element, 'Los Zetas, 2002')).toBe(
      'Los Zetas, 2002: Arturo Guzmán Decena killed (not verified, before the 2010 split from Gulf Cartel)',
    );
    expect([...(part(en.element, '.tooltip')?.children ?? [])].map(text)).toEqual([
      'Los Zetas, 2002',
      'Arturo Guzmán Decena: killed',
      'not verified',
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

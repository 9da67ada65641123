import { render, svg } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { clearBody, mount } from '../../test/mount.js';
import { parts } from '../../test/read.js';
import '../components/claim/claim.js';
import '../components/corridor-share/corridor-share.js';
import '../components/group-lineage/group-lineage.js';
import '../components/splinter-count/splinter-count.js';
import { LEGEND_LINE, legend, legendLayout } from './legend.js';

afterEach(clearBody);

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Labels the widgets' legends show, among them the longest ones. */
const LABELS = [
  'Mexico/Central America corridor',
  'Caribbean',
  'Counted under the rule',
  'Published counts (each in its own unit)',
  'other event',
];

describe('legendLayout', () => {
  it('keeps every entry on one row, left to right, when the width allows', () => {
    const { places, height } = legendLayout(['Corridor', 'Caribbean'], 1000);
    expect(places.map((p) => p.y)).toEqual([0, 0]);
    expect(places[0]?.x).toBe(0);
    // the second entry starts after the first entry's swatch and 8-character label
    expect(places[1]?.x).toBeGreaterThan(8 * 6);
    expect(places.map((p) => p.lines)).toEqual([['Corridor'], ['Caribbean']]);
    expect(height).toBe(LEGEND_LINE);
  });

  it('starts a new row when the next entry does not fit', () => {
    // each entry (swatch and about 9 characters) fits in 150 px, both side by side do not
    const { places, height } = legendLayout(['Corridor', 'Caribbean'], 150);
    expect(places.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [0, LEGEND_LINE],
    ]);
    expect(height).toBe(2 * LEGEND_LINE);
  });

  it('breaks a label wider than the row at spaces, keeping every word', () => {
    const label = 'Published counts (each in its own unit)';
    const { places, height } = legendLayout([label, 'Caribbean'], 180);
    const lines = places[0]?.lines ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    // the next entry goes below every line of the wrapped one
    expect(places[1]).toEqual({ x: 0, y: lines.length * LEGEND_LINE, lines: ['Caribbean'] });
    expect(height).toBe((lines.length + 1) * LEGEND_LINE);
  });
});

describe('legend', () => {
  it('draws a swatch and a label per item at its place', () => {
    const host = document.createElementNS(SVG_NS, 'svg');
    const { marks, height } = legend(
      [
        { label: 'Corridor', className: 'corridor' },
        { label: 'Caribbean', className: 'caribbean' },
      ],
      10,
      20,
      150,
    );
    render(marks, host);
    const items = [...host.querySelectorAll('.legend-item')];
    expect(items.map((g) => g.textContent?.trim())).toEqual(['Corridor', 'Caribbean']);
    expect(items[0]?.getAttribute('transform')).toBe('translate(10,20)');
    // too narrow for both on one row: the second goes one line below, at the same x
    expect(items[1]?.getAttribute('transform')).toBe(`translate(10,${20 + LEGEND_LINE})`);
    expect(items[1]?.querySelector('circle')?.getAttribute('class')).toBe('swatch caribbean');
    expect(height).toBe(2 * LEGEND_LINE);
  });

  it('draws a given symbol instead of the round swatch', () => {
    const host = document.createElementNS(SVG_NS, 'svg');
    const swatch = svg`<rect class="mark arrested" x="1" y="-8" width="8" height="8"></rect>`;
    render(legend([{ label: 'arrested', swatch }], 0, 0, 200).marks, host);
    expect(host.querySelector('.legend-item rect')?.getAttribute('class')).toBe('mark arrested');
    expect(host.querySelector('.legend-item circle')).toBeNull();
  });

  it('writes each line of a wrapped label on its own line', () => {
    const host = document.createElementNS(SVG_NS, 'svg');
    render(legend([{ label: 'aaaa bbbb cccc', className: 'x' }], 0, 0, 60).marks, host);
    const lines = [...host.querySelectorAll('.legend-item tspan')];
    expect(lines.map((line) => line.textContent)).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(lines.map((line) => line.getAttribute('y'))).toEqual(
      [0, LEGEND_LINE, 2 * LEGEND_LINE].map(String),
    );
  });

  it('keeps every rendered label inside the width it is given', () => {
    const host = document.createElementNS(SVG_NS, 'svg');
    host.setAttribute('width', '1200');
    host.setAttribute('height', '400');
    host.style.fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    host.style.fontSize = '12px';
    document.body.append(host);
    for (const width of [120, 200, 240, 280, 600]) {
      render(
        legend(
          LABELS.map((label) => ({ label, className: 'x' })),
          0,
          20,
          width,
        ).marks,
        host,
      );
      for (const item of host.querySelectorAll<SVGGElement>('.legend-item')) {
        const box = item.getBBox();
        const at = item.transform.baseVal.consolidate()?.matrix.e ?? NaN;
        expect(at + box.x).toBeGreaterThanOrEqual(0);
        expect(at + box.x + box.width, `${item.textContent} at ${width} px`).toBeLessThanOrEqual(
          width,
        );
      }
    }
  });
});

/** A box in the SVG's coordinates (the widgets draw at 1 user unit per CSS pixel). */
function boxIn(svg: SVGSVGElement, element: Element): DOMRect {
  const outer = svg.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  return new DOMRect(inner.x - outer.x, inner.y - outer.y, inner.width, inner.height);
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('legends in the widgets', { timeout: 60_000 }, () => {
  const widgets: [string, Record<string, string>][] = [
    ['usmx-claim', {}],
    ['usmx-corridor-share', {}],
    ['usmx-group-lineage', {}],
    ['usmx-splinter-count', { from: '2006', to: '2017' }],
  ];
  for (const [tag, attributes] of widgets) {
    for (const [width, lang] of [
      [280, 'en'],
      [280, 'es'],
      [320, 'en'],
      [640, 'en'],
    ] as const) {
      it(`${tag} at ${width} px (${lang}): legend inside the SVG, clear of other text`, async () => {
        const { element } = await mount(tag, attributes, { width, lang });
        const svg = parts<SVGSVGElement>(element, 'svg.chart, svg')[0] as SVGSVGElement;
        const svgWidth = svg.getBoundingClientRect().width;
        expect(svgWidth).toBeLessThanOrEqual(width);
        const items = parts<SVGGElement>(element, '.legend-item');
        expect(items.length).toBeGreaterThan(1);
        const others = [...svg.querySelectorAll('text')].filter((t) => !t.closest('.legend'));
        for (const item of items) {
          const box = boxIn(svg, item);
          expect(box.left, item.textContent ?? '').toBeGreaterThanOrEqual(0);
          expect(box.right, item.textContent ?? '').toBeLessThanOrEqual(svgWidth);
          expect(box.top).toBeGreaterThanOrEqual(0);
          for (const other of others)
            expect(
              overlaps(box, boxIn(svg, other)),
              `${item.textContent?.trim()} / ${other.textContent}`,
            ).toBe(false);
        }
      });
    }
  }
});

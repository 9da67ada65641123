import { describe, expect, it } from 'vitest';
import type { ErrorIssue } from '../src/internal/errors.js';
import { errorDetail, fixture, mount } from './mount.js';
import { axeViolations, captureDownload, part, parts, svgMarkup, text } from './read.js';
import { strictRows } from './strict-csv.js';

type Attributes = Readonly<Record<string, string>>;

/** What differs from widget to widget in the checks every widget must pass. */
export interface WidgetContract {
  /** Attributes of a valid render of the embedded data (none: the widget's default view). */
  readonly render?: Attributes;
  /**
   * Attributes the widget rejects, the attributes its issues name, in order (all of them, in the
   * order given, unless told), and text the error must show (e.g. the values it accepts).
   */
  readonly invalid: { attributes: Attributes; columns?: readonly string[]; names: string };
  /**
   * A valid JSON file in test/fixtures, the attributes it is charted with, and what the chart must
   * show (checked for the file at `src` and for its content given as `data`).
   */
  readonly src: { file: string; attributes?: Attributes; check: (element: HTMLElement) => void };
  /** A file of {@link MALFORMED} that the widget rejects as `invalid-data`. */
  readonly malformed: keyof typeof MALFORMED;
  /**
   * The CSV download of a render with `attributes` (those of `render` unless told): its English
   * title where the widget fixes it, its column keys before the citation column, and patterns of
   * rows it must hold (the cells before the citation, joined by commas).
   */
  readonly csv: {
    attributes?: Attributes;
    title?: string;
    columns: string;
    rows: readonly RegExp[];
  };
  /** Per-test timeout in ms, where the first render loads large dataset chunks. */
  readonly timeout?: number;
}

/**
 * The malformed files in test/fixtures, and every issue each must raise, in order (as
 * {@link expectIssues} takes them).
 */
const MALFORMED = {
  // "last year" is not a date, "then" not a year
  'claim-invalid.json': ['date', 'test.refYear'],
  // row 2: a share of 140%; row 3: the year as text
  'corridor-invalid.json': ['row 2: pctHigh', 'row 3: refYear'],
  // row 2 has a negative count, row 3 month 13
  'homicides-invalid.json': ['row 2: count', 'row 3: month'],
  // row 2: a lowercase id with a space; row 3: founded in 1800
  'organizations-invalid.json': ['row 2: id', 'row 3: yearFounded'],
} as const;

/** The downloads' file names must be safe for any file system: `usmx-` then a lowercase slug. */
const FILE_STEM = /^usmx-[a-z0-9][a-z0-9-]*$/;

/**
 * Checks that a widget in the error state reports exactly `expected`, in order, in its
 * `usmx-error` issues and in the list it shows. Each is where the problem is, as the reader sees
 * it: `row 2: count` for a field of a row, `test.refYear` for a field of one object (a claim).
 */
export function expectIssues(
  element: HTMLElement,
  issues: readonly ErrorIssue[],
  expected: readonly string[],
): void {
  const where = ({ row, column }: ErrorIssue) =>
    `${row === undefined ? '' : `row ${row}: `}${column ?? ''}`;
  expect(issues.map(where)).toEqual(expected);
  const items = parts(element, '[role=alert] li').map(text);
  expect(items).toHaveLength(expected.length);
  expected.forEach((issue, i) => expect(items[i]).toMatch(listed(issue)));
}

/** An issue as the error state lists it: `row 2: count (value -5): …`, or `date: …` with no value. */
function listed(where: string): RegExp {
  return new RegExp(`^${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ :]`);
}

/**
 * What sticks out of the widget's box, as `text: how far`: anything drawn (chart labels, footer,
 * controls) beyond the host's edges, and a table caption beyond the box the table scrolls in. A
 * wide table may scroll inside that box.
 */
function outside(element: HTMLElement): string[] {
  const root = element.shadowRoot as ShadowRoot;
  const host = element.getBoundingClientRect();
  const beyond = (node: Element, box: DOMRect) => {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return [];
    const over = Math.max(box.left - rect.left, rect.right - box.right);
    return over > 1
      ? [
          `${node.localName} "${(node.textContent ?? '').trim().slice(0, 40)}": ${over.toFixed(1)} px`,
        ]
      : [];
  };
  const scrolled = new Set(root.querySelectorAll('.table-wrap *'));
  const drawn = [...root.querySelectorAll('*')].filter((node) => !scrolled.has(node));
  const captions = [...root.querySelectorAll('.table-wrap')].flatMap((wrap) =>
    [...wrap.querySelectorAll('caption')].flatMap((caption) =>
      beyond(caption, wrap.getBoundingClientRect()),
    ),
  );
  return [...drawn.flatMap((node) => beyond(node, host)), ...captions];
}

/**
 * Registers the checks every usmx widget passes, for `<tag>`: no axe-core violations (light, dark,
 * Spanish, table open), the error state and `usmx-error` for bad attributes, a bad request, a
 * malformed file and a file that is not JSON, user data from `src` and from `data`, Spanish from
 * `lang` or the page, CSV with a citation header, SVG and PNG downloads, nothing outside its box
 * at 280 and 1200 px, and the same SVG for the same data.
 * Call it in a file that runs `afterEach(clearBody)`.
 */
export function describeWidgetContract(tag: string, contract: WidgetContract): void {
  const timeout = contract.timeout === undefined ? {} : { timeout: contract.timeout };
  const render = contract.render ?? {};
  const csvAttributes = contract.csv.attributes ?? render;

  describe(`<${tag}> contract`, timeout, () => {
    for (const [name, attributes] of [
      ['light', { theme: 'light' }],
      ['dark', { theme: 'dark' }],
      ['Spanish', { lang: 'es' }],
    ] as const) {
      it(`has no axe violations (${name}), table open`, async () => {
        const { element, event } = await mount(tag, { ...render, ...attributes });
        expect(event.type).toBe('usmx-ready');
        if ('theme' in attributes) {
          expect(part(element, '[part=base]')?.classList.contains(attributes.theme)).toBe(true);
        }
        const toggle = part(element, '.actions button');
        toggle?.click();
        await element.updateComplete;
        expect(toggle?.getAttribute('aria-expanded')).toBe('true');
        expect(part(element, 'table')).not.toBeNull();
        expect(await axeViolations(element)).toEqual([]);
      });
    }

    it('speaks Spanish from its lang attribute and from the closest lang in the page', async () => {
      const english = await mount(tag, render);
      const spanish = await mount(tag, { ...render, lang: 'es' });
      const inherited = await mount(tag, render, { lang: 'es' });
      const title = (element: HTMLElement) => text(part(element, '[part=title]'));
      expect(title(spanish.element)).not.toBe(title(english.element));
      expect(title(inherited.element)).toBe(title(spanish.element));
      for (const { element } of [spanish, inherited]) {
        expect(text(part(element, '.actions button'))).toBe('Mostrar tabla de datos');
      }
    });

    it('shows the error state and fires usmx-error for invalid attributes', async () => {
      const { attributes, columns = Object.keys(attributes), names } = contract.invalid;
      const { element, event } = await mount(tag, attributes);
      const detail = errorDetail(event);
      expect(detail.code).toBe('invalid-attribute');
      expect(detail.issues.map((issue) => issue.column)).toEqual(columns);
      // each issue quotes the value as the attribute gave it
      expect(detail.issues.map((issue) => String(issue.value))).toEqual(
        columns.map((column) => attributes[column]),
      );
      expect(part(element, 'svg.svg')).toBeNull();
      expect(text(part(element, '[part=error][role=alert]'))).toContain(names);
      const items = parts(element, '[role=alert] li').map(text);
      expect(items).toHaveLength(columns.length);
      columns.forEach((column, i) => {
        expect(items[i]).toMatch(listed(`${column} (value`));
      });
    });

    it('charts a file from src', async () => {
      const { file, attributes = {}, check } = contract.src;
      const { element, event } = await mount(tag, { ...attributes, src: fixture(file) });
      expect(event.type).toBe('usmx-ready');
      check(element);
    });

    it('charts the same content given as the data property', async () => {
      const { file, attributes = {}, check } = contract.src;
      const data: unknown = await (await fetch(fixture(file))).json();
      const { element, event } = await mount(tag, attributes, { data });
      expect(event.type).toBe('usmx-ready');
      check(element);
      const fromSrc = await mount(tag, { ...attributes, src: fixture(file) });
      expect(svgMarkup(element)).toBe(svgMarkup(fromSrc.element));
    });

    it('reports a failed request, naming the file', async () => {
      const { element, event } = await mount(tag, { src: fixture('does-not-exist.json') });
      expect(errorDetail(event).code).toBe('fetch-failed');
      expect(text(part(element, '[role=alert]'))).toContain('does-not-exist.json');
    });

    it('lists every bad field of a malformed file', async () => {
      const { element, event } = await mount(tag, { src: fixture(contract.malformed) });
      const detail = errorDetail(event);
      expect(detail.code).toBe('invalid-data');
      expectIssues(element, detail.issues, MALFORMED[contract.malformed]);
    });

    it('reports a file that is not JSON', async () => {
      const { element, event } = await mount(tag, { src: fixture('truncated-json.txt') });
      expect(errorDetail(event).code).toBe('invalid-data');
      expect(text(part(element, '[role=alert]'))).toContain('truncated-json.txt');
    });

    it('downloads the table as one CSV table, citing it in the last column', async () => {
      const { title, columns, rows } = contract.csv;
      const { element } = await mount(tag, csvAttributes);
      const capture = captureDownload();
      try {
        part(element, '[data-action=csv]')?.click();
        await expect.poll(() => capture.blobs.length).toBe(1);
        expect(capture.names[0]?.replace(/\.csv$/, '')).toMatch(FILE_STEM);
        expect(capture.names[0]).toMatch(/\.csv$/);
        const bytes = new Uint8Array((await capture.blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
        // UTF-8 byte-order mark (EF BB BF): Excel shows accents only after it
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const table = strictRows(new TextDecoder().decode(bytes));
        expect(table[0]?.join(',')).toBe(`${columns},citation`);
        const width = table[0]?.length;
        expect(table.filter((row) => row.length !== width)).toEqual([]);
        const lines = table.slice(1).map((row) => row.slice(0, -1).join(','));
        for (const row of rows) expect(lines).toContainEqual(expect.stringMatching(row));
        // every row cites what the reader sees: title, summary, the sources, then the citation
        const shown = (selector: string) => part(element, selector)?.textContent?.trim();
        if (title !== undefined) expect(shown('[part=title]')).toBe(title);
        expect(shown('.citation')).toMatch(/^usmx/);
        const cited = [
          `${shown('[part=title]')} | ${shown('[part=summary]')} | Source: `,
          ` | Cite: ${shown('.citation')}`,
        ];
        for (const row of table.slice(1)) {
          expect(row.at(-1)?.startsWith(cited[0]!), row.at(-1)).toBe(true);
          expect(row.at(-1)?.endsWith(cited[1]!), row.at(-1)).toBe(true);
        }
      } finally {
        capture.restore();
      }
    });

    it('writes the CSV citation in the reader’s language', async () => {
      const { element } = await mount(tag, { ...csvAttributes, lang: 'es' });
      const capture = captureDownload();
      try {
        part(element, '[data-action=csv]')?.click();
        await expect.poll(() => capture.blobs.length).toBe(1);
        const citation = strictRows((await capture.blobs[0]?.text()) ?? '')[1]?.at(-1) ?? '';
        expect(citation).toMatch(/ \| Cita: usmx/);
        expect(citation).toContain(' | Fuente: ');
        expect(citation).not.toMatch(/(Source|Cite): /);
      } finally {
        capture.restore();
      }
    });

    it('downloads a standalone SVG and a PNG under the CSV file name', async () => {
      const { element } = await mount(tag, csvAttributes);
      const capture = captureDownload();
      try {
        part(element, '[data-action=csv]')?.click();
        await expect.poll(() => capture.blobs.length).toBe(1);
        part(element, '[data-action=svg]')?.click();
        await expect.poll(() => capture.blobs.length).toBe(2);
        const stem = capture.names[0]?.slice(0, -'.csv'.length) ?? '';
        expect(stem).toMatch(FILE_STEM);
        expect(capture.names[1]).toBe(`${stem}.svg`);
        const svgText = await capture.blobs[1]?.text();
        const doc = new DOMParser().parseFromString(svgText ?? '', 'image/svg+xml');
        expect(doc.querySelector('parsererror')).toBeNull();
        expect(doc.querySelector('title')?.textContent).toContain(
          text(part(element, '[part=summary]')),
        );
        part(element, '[data-action=png]')?.click();
        // the PNG is drawn from the SVG through an image and a canvas: slower on a busy machine
        await expect
          .poll(() => capture.names.find((n) => n.endsWith('.png')), { timeout: 10_000 })
          .toBe(`${stem}.png`);
      } finally {
        capture.restore();
      }
    });

    it('announces a failed download in the reader’s language and keeps the chart', async () => {
      const { element } = await mount(tag, { ...csvAttributes, lang: 'es' });
      let errors = 0;
      element.addEventListener('usmx-error', () => errors++);
      const create = URL.createObjectURL;
      URL.createObjectURL = () => {
        throw new Error('blocked by the page');
      };
      try {
        part(element, '[data-action=csv]')?.click();
        await expect
          .poll(() => text(part(element, '[role=status]')))
          .toBe('La descarga falló. Inténtelo de nuevo.');
        expect(part(element, '[role=alert]')).toBeNull();
        expect(part(element, 'svg.svg')).not.toBeNull();
        expect(errors).toBe(0);
      } finally {
        URL.createObjectURL = create;
      }
    });

    it('makes one file of a double click, and none once the widget has left the page', async () => {
      const { element } = await mount(tag, csvAttributes);
      const capture = captureDownload();
      try {
        const csv = part(element, '[data-action=csv]');
        csv?.click();
        csv?.click();
        await expect.poll(() => capture.names.length).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(capture.names).toHaveLength(1);
        part(element, '[data-action=svg]')?.click();
        element.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(capture.names).toHaveLength(1);
      } finally {
        capture.restore();
      }
    });

    for (const width of [280, 1200]) {
      it(`keeps everything inside its box at ${width} px, in both languages, table open`, async () => {
        for (const lang of ['en', 'es']) {
          const { element } = await mount(tag, { ...render, lang }, { width });
          part(element, '.actions button')?.click();
          await element.updateComplete;
          expect(outside(element), `${lang} at ${width} px`).toEqual([]);
        }
      });
    }

    it('draws the same SVG for the same data (640 px)', async () => {
      const first = await mount(tag, render);
      const second = await mount(tag, render);
      const svg = svgMarkup(first.element);
      expect(svg).not.toBe('');
      expect(svgMarkup(second.element)).toBe(svg);
    });
  });
}

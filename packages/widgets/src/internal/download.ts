/** Loaded with `import()` on a widget's first download: most readers never download. */
import { csvFile } from '@usmx/data/csv';
import { toCsv, type TableModel } from './csv.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the live chart so the file looks the same outside the page. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;

/**
 * A standalone SVG document of `chart`: computed colours and fonts are written onto each element,
 * because the component's stylesheet does not travel with the file. `title` becomes its `<title>`.
 */
export function serializeSvg(chart: SVGSVGElement, title: string, background: string): string {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const source = [chart, ...chart.querySelectorAll('*')];
  const target = [copy, ...copy.querySelectorAll('*')];
  source.forEach((element, i) => {
    const clone = target[i];
    if (!clone) return;
    const computed = getComputedStyle(element);
    for (const property of INLINED)
      clone.setAttribute(property, computed.getPropertyValue(property));
    clone.removeAttribute('class');
  });
  // Lit's part markers (<!--?lit$…-->) mean nothing outside the widget
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  for (const marker of markers) marker.parentNode?.removeChild(marker);
  copy.setAttribute('xmlns', SVG_NS);
  copy.removeAttribute('aria-hidden');
  copy.setAttribute('role', 'img');
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  copy.prepend(titleElement, backdrop);
  return new XMLSerializer().serializeToString(copy);
}

/** Rasterises an SVG document to a PNG at `scale` times its size. */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A CSV file of `table` with `citation` in its last column (see {@link toCsv}), UTF-8 with a BOM. */
export function csvBlob(table: TableModel, citation: readonly string[]): Blob {
  return csvFile(toCsv(table, citation));
}

/** Offers `blob` to the user as a file called `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe slug: lower case ASCII letters, digits and dashes. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

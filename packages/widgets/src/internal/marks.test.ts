import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { areaPath, boxesPath, interval, linePath, px, rect } from './marks.js';

function draw(template: ReturnType<typeof rect>): Element {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(template, host);
  return host.firstElementChild as Element;
}

describe('paths', () => {
  it('rounds to one decimal', () => {
    expect(px(1.26)).toBe(1.3);
    expect(px(-0.04)).toBe(-0);
  });
  it('draws a polyline and breaks it at gaps', () => {
    expect(linePath([[0, 10], [5.55, 20], null, [10, 0], [20, 5]])).toBe('M0,10L5.6,20M10,0L20,5');
  });
  it('closes an area between two lines', () => {
    expect(
      areaPath(
        [
          [0, 1],
          [10, 2],
        ],
        [
          [0, 5],
          [10, 6],
        ],
      ),
    ).toBe('M0,1L10,2L10,6L0,5Z');
    expect(areaPath([], [])).toBe('');
  });
  it('draws boxes as closed rectangles, upwards for a negative height', () => {
    // bar from the baseline y=100 up to y=60 (height -40), then a downward one; widths never negative
    expect(
      boxesPath([
        { x: 10, y: 100, width: 20, height: -40 },
        { x: 35.55, y: 10, width: -3, height: 5 },
      ]),
    ).toBe('M10,60h20v40h-20ZM35.6,10h0v5h0Z');
    expect(boxesPath([])).toBe('');
  });
});

describe('shapes', () => {
  it('draws a rectangle upwards for a negative height', () => {
    const el = draw(rect(10, 100, 20, -40, 'bar'));
    expect(el.getAttribute('y')).toBe('60');
    expect(el.getAttribute('height')).toBe('40');
    expect(el.getAttribute('class')).toBe('bar');
  });
  it('draws an interval with caps', () => {
    expect(draw(interval(10, 20, 40, 4, 'ci')).getAttribute('d')).toBe('M8,20H12M10,20V40M8,40H12');
  });
});

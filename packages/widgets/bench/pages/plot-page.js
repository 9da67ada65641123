// The time-to-chart peer page drawn by Observable Plot: annual bars with a grid and a zero rule.
import { barY, plot, ruleY } from '@observablehq/plot';
import { annualTotals, fail, markPainted } from './annual.js';

try {
  const years = await annualTotals('/bench/ttc/homicides.json');
  const box = document.querySelector('#chart');
  box.append(
    plot({
      width: box.clientWidth,
      height: 320,
      x: { label: null },
      y: { grid: true, label: 'Homicides' },
      marks: [barY(years, { x: 'year', y: 'count', fill: '#1f5fa8', tip: true }), ruleY([0])],
    }),
  );
  markPainted();
} catch (error) {
  fail(error);
}

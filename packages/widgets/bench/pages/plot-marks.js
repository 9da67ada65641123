// The render benchmark's Observable Plot chart with the marks of usmx's chart alone, 640 px wide,
// from the same monthly rows: annual bars of the complete years (the highest in its own colour),
// the current year's months so far with its full-year projection (a dashed outline) and the
// projection's likely range (a rule), the record as a dashed line with its label, a zero line,
// a y axis with gridlines, tick labels and the unit, year labels, and a legend of the same five
// entries (Plot's swatches, above its 640 x 320 plot; usmx draws its legend inside its svg).
// Its time includes summing the months by year, finding the complete years and the record, and
// drawing. It is given the projection and its interval, computed outside its timed run: Plot
// has no projection method, and the usmx chart computes it (with a backtest) inside its run.
import { barY, plot, ruleX, ruleY, text } from '@observablehq/plot';

const COLORS = {
  bar: '#1f5fa8',
  record: '#b3261e',
  projection: '#7a4fb5',
  text: '#1b1d21',
};
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** Draws `rows` (monthly counts) with the current year's `projection` ({ value, low, high }). */
export function draw(rows, projection) {
  const byYear = new Map();
  for (const { year, month, count } of rows) {
    const total = byYear.get(year);
    if (total) {
      total.count += count;
      total.months += 1;
      total.lastMonth = Math.max(total.lastMonth, month);
    } else byYear.set(year, { year, count, months: 1, lastMonth: month });
  }
  const lastYear = Math.max(...byYear.keys());
  const current = byYear.get(lastYear);
  const complete = [...byYear.values()].filter((total) => total.months === 12);
  const partial = current.months < 12 ? current : null;
  const record = complete.reduce((best, total) => (total.count > best.count ? total : best));
  const since = complete[0].year;
  const labels = [
    'Complete years',
    `Highest year since ${since}`,
    `${MONTHS[0]}-${MONTHS[partial.lastMonth - 1]} ${partial.year} so far`,
    'Full-year projection',
    'Likely range',
  ];
  for (const total of complete) total.kind = labels[total === record ? 1 : 0];
  partial.kind = labels[2];
  const years = [...complete.map((total) => total.year), partial.year];
  // as many year labels as the widget draws: one every `every` bands, the last one kept
  const every = Math.ceil((4 * 7.2 + 8) / (580 / years.length));
  return plot({
    width: 640,
    height: 320,
    marginLeft: 50,
    x: {
      label: null,
      tickFormat: String,
      ticks: years.filter((_, i) => (years.length - 1 - i) % every === 0),
    },
    y: { grid: true, nice: true, label: 'deaths' },
    color: {
      legend: true,
      domain: labels,
      range: [COLORS.bar, COLORS.record, COLORS.projection, COLORS.projection, COLORS.text],
    },
    marks: [
      barY([partial], {
        x: 'year',
        y: () => projection.value,
        fill: 'none',
        stroke: COLORS.projection,
        strokeWidth: 1.5,
        strokeDasharray: '4 3',
      }),
      barY([...complete, partial], { x: 'year', y: 'count', fill: 'kind' }),
      ruleX([partial], {
        x: 'year',
        y1: () => projection.low,
        y2: () => projection.high,
        stroke: COLORS.text,
        strokeWidth: 1.5,
      }),
      ruleY([record.count], { stroke: COLORS.record, strokeDasharray: '2 3' }),
      text([record], {
        x: () => complete.at(-1).year,
        y: 'count',
        text: () => `Highest since ${since}: ${record.count.toLocaleString('en')} (${record.year})`,
        textAnchor: 'end',
        dy: -6,
      }),
      ruleY([0]),
    ],
  });
}

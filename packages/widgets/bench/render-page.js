// Runs in the benchmark page: draws the same 360 monthly points with usmx, Observable Plot and
// Chart.js, one fresh chart per run, and reports the milliseconds from data to laid-out chart, and
// how many of them the browser spent on style and layout once the chart was in the page. usmx is
// timed twice: the whole <usmx-homicide-trend> widget, and its chart alone (`usmxChart`, see
// bench/pages/usmx-chart.ts), which Plot draws with the same marks (`plot`, see
// bench/pages/plot-marks.js). Chart.js draws the months as one line. It also times usmx's floor:
// a copy of the widget's finished DOM and style sheets, put in the page and laid out with no
// computation at all; no implementation drawing that DOM can be faster.
import '/cdn/usmx-homicide-trend.js';
import { draw as drawUsmxChart, projection } from '/bench/usmx-chart.js';
import { draw as drawPlot } from '/bench/plot-marks.js';
import { draw as drawChart } from '/bench/chartjs.js';

/**
 * 360 months (July 1991 to June 2021) of a deterministic series with a trend and a season: 29
 * complete years, and six months of 2021, which the widget projects to the full year.
 */
function series() {
  const rows = [];
  let seed = 42;
  for (let i = 0; i < 360; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const year = 1991 + Math.floor((i + 6) / 12);
    const month = ((i + 6) % 12) + 1;
    const count = Math.round(
      1000 + i * 3 + 150 * Math.sin((month / 12) * 2 * Math.PI) + (seed % 100),
    );
    rows.push({
      seriesId: 'bench',
      region: 'MX',
      year,
      month,
      count,
      sourceId: 'BENCH',
      vintage: '2021-01-15',
    });
  }
  return rows;
}

const rows = series();
/** What Plot is given besides the rows: the projection usmx computes, outside Plot's timed run. */
const projected = projection(rows);
const stage = document.querySelector('#stage');

function fresh() {
  stage.replaceChildren();
  const box = document.createElement('div');
  box.style.width = '640px';
  stage.append(box);
  return box;
}

/** Forces style and layout of `element`: milliseconds since `start`, and those spent laying out. */
function laidOut(start, element) {
  const drawn = performance.now();
  element.getBoundingClientRect();
  const end = performance.now();
  return { total: end - start, layout: end - drawn };
}

/** The finished shadow DOM of the latest usmx run, and its style sheets. */
let finished;

const runners = {
  async usmx() {
    const box = fresh();
    const start = performance.now();
    const el = document.createElement('usmx-homicide-trend');
    el.data = rows;
    const done = new Promise((resolve, reject) => {
      el.addEventListener('usmx-ready', resolve, { once: true });
      el.addEventListener('usmx-error', (e) => reject(new Error(e.detail.message)), { once: true });
    });
    box.append(el);
    await done;
    const time = laidOut(start, el.shadowRoot.querySelector('svg'));
    const content = document.createDocumentFragment();
    for (const node of el.shadowRoot.childNodes) content.append(node.cloneNode(true));
    finished = { content, sheets: el.shadowRoot.adoptedStyleSheets };
    return time;
  },
  async usmxFloor() {
    const box = fresh();
    const start = performance.now();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = finished.sheets;
    root.append(finished.content.cloneNode(true));
    box.append(host);
    return laidOut(start, root.querySelector('svg'));
  },
  async usmxChart() {
    const box = fresh();
    const start = performance.now();
    return laidOut(start, drawUsmxChart(rows, box));
  },
  async plot() {
    const box = fresh();
    const start = performance.now();
    box.append(drawPlot(rows, projected));
    return laidOut(start, box.firstElementChild);
  },
  async chartjs() {
    const box = fresh();
    const start = performance.now();
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 320;
    box.append(canvas);
    drawChart(
      canvas,
      rows.map((r) => `${r.year}-${String(r.month).padStart(2, '0')}`),
      rows.map((r) => r.count),
    );
    return laidOut(start, canvas);
  },
};

/** Warms each library up, then times `runs` renders of each, interleaved. */
window.benchmark = async (runs, warmup) => {
  const times = Object.fromEntries(Object.keys(runners).map((name) => [name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, run] of Object.entries(runners)) {
      const ms = await run();
      if (i >= warmup) times[name].push(ms);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
  }
  return times;
};
window.benchReady = true;

// The time-to-chart peer page drawn by Chart.js (tree-shaken bar chart, no animation).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { annualTotals, fail, markPainted } from './annual.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

try {
  const years = await annualTotals('/bench/ttc/homicides.json');
  const box = document.querySelector('#chart');
  const canvas = document.createElement('canvas');
  canvas.width = box.clientWidth;
  canvas.height = 320;
  box.append(canvas);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: years.map((y) => y.year),
      datasets: [
        { label: 'Homicides', data: years.map((y) => y.count), backgroundColor: '#1f5fa8' },
      ],
    },
    options: { animation: false, responsive: false },
  });
  markPainted();
} catch (error) {
  fail(error);
}

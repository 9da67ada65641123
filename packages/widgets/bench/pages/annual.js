// Shared by the peer pages of the time-to-chart benchmark: the same annual totals the widget
// draws, summed from the same monthly rows, and the same "painted" rule as the widget's page.

/** Fetches the monthly rows (already preloaded by the page) and sums them by year. */
export async function annualTotals(url) {
  const rows = await (await fetch(url)).json();
  const totals = new Map();
  for (const { year, count } of rows) totals.set(year, (totals.get(year) ?? 0) + count);
  return [...totals].map(([year, count]) => ({ year: String(year), count }));
}

/** Sets the benchmark's mark after the frame that paints what is now in the DOM. */
export function markPainted() {
  requestAnimationFrame(() => setTimeout(() => performance.mark('chart-painted')));
}

/** Reports a failure to the benchmark instead of a chart. */
export function fail(error) {
  window.chartError = String(error?.message ?? error);
}

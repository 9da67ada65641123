import type { BalloonWindow, CorridorYear } from './types.js';

function range(year: CorridorYear): string {
  return year.low === year.high ? `${year.low}%` : `${year.low}-${year.high}%`;
}

function pp(change: { low: number; high: number }): string {
  const sign = (value: number) => (value > 0 ? `+${value}` : String(value));
  return change.low === change.high
    ? `${sign(change.low)} pp`
    : `${sign(change.low)} to ${sign(change.high)} pp`;
}

/** One window in words: each route's move and the verdict. */
export function describeWindow(window: BalloonWindow): string {
  const parts = [window.corridor, window.caribbean].map((change) =>
    change.from && change.to && change.changePp
      ? `${change.route} ${range(change.from)} -> ${range(change.to)} (${pp(change.changePp)})`
      : `${change.route}: ${[change.from ? null : window.fromYear, change.to ? null : window.toYear].filter((y) => y !== null).join(' and ')} not reported`,
  );
  return `${window.fromYear}-${window.toYear}: ${parts.join('; ')}; balloon: ${window.balloon}`;
}

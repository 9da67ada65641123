import type {
  BalloonEffectOptions,
  BalloonWindow,
  CorridorYear,
  Finding,
  RouteChange,
} from './types.js';

function routeChange(
  route: string,
  years: Map<number, CorridorYear>,
  from: number,
  to: number,
): RouteChange {
  const a = years.get(from) ?? null;
  const b = years.get(to) ?? null;
  return {
    route,
    from: a,
    to: b,
    changePp: a && b ? { low: b.low - a.high, high: b.high - a.low } : null,
  };
}

function fell(change: RouteChange): Finding {
  if (change.changePp === null) return 'unknown';
  if (change.changePp.high < 0) return 'yes';
  if (change.changePp.low >= 0) return 'no';
  return 'uncertain';
}

function roseBy(change: RouteChange, thresholdPp: number): Finding {
  if (change.changePp === null) return 'unknown';
  if (change.changePp.low >= thresholdPp) return 'yes';
  if (change.changePp.high < thresholdPp) return 'no';
  return 'uncertain';
}

function both(a: Finding, b: Finding): Finding {
  if (a === 'no' || b === 'no') return 'no';
  if (a === 'yes' && b === 'yes') return 'yes';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'uncertain';
}

/** The balloon test over the pair of years `fromYear`, `toYear`. */
export function evaluateWindow(
  corridor: Map<number, CorridorYear>,
  caribbean: Map<number, CorridorYear>,
  options: Required<Pick<BalloonEffectOptions, 'corridorRoute' | 'caribbeanRoute' | 'thresholdPp'>>,
  fromYear: number,
  toYear: number,
): BalloonWindow {
  const corridorChange = routeChange(options.corridorRoute, corridor, fromYear, toYear);
  const caribbeanChange = routeChange(options.caribbeanRoute, caribbean, fromYear, toYear);
  const corridorFell = fell(corridorChange);
  const caribbeanRose = roseBy(caribbeanChange, options.thresholdPp);
  const window: BalloonWindow = {
    fromYear,
    toYear,
    corridor: corridorChange,
    caribbean: caribbeanChange,
    corridorFell,
    caribbeanRose,
    balloon: both(corridorFell, caribbeanRose),
  };
  const missing = [
    [corridorChange, options.corridorRoute],
    [caribbeanChange, options.caribbeanRoute],
  ]
    .flatMap(([change, route]) => {
      const c = change as RouteChange;
      return [
        c.from === null ? `${route as string} ${fromYear}` : null,
        c.to === null ? `${route as string} ${toYear}` : null,
      ];
    })
    .filter((text): text is string => text !== null);
  if (missing.length > 0) window.reason = `not reported: ${missing.join(', ')}`;
  return window;
}

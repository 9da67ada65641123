import type { EnglishWithSpanish } from '@usmx/data/schemas';

/** One source's figure for one route and reference year, in percent of U.S.-bound cocaine. */
export interface CorridorPoint {
  /** Row id in the corridor table (`C003`). */
  id: string;
  refYear: number;
  /** Last year when the source gives a span or leaves the year between two (`2014/2015`). */
  refYearTo?: number;
  /** `calendar year`, `first half (Jan-Jun)`...; `es`: `año calendario`, where the row gives it. */
  period: EnglishWithSpanish;
  /** Lower and upper bound in percent (equal for a point figure). */
  low: number;
  high: number;
  /** The source's own wording (`approximately 95 percent`). */
  text: string;
  /** What the percent is a share of, in English and, where the row gives it, Spanish. */
  measure: EnglishWithSpanish;
  /** Who gives the figure; `es`: `Departamento de Estado de EE. UU. (INCSR 2009)`, where the row gives it. */
  reportedBy: EnglishWithSpanish;
  sourceId: string;
  viaSourceId?: string;
  verified: 'true' | 'partial' | 'false';
}

/** All figures for one reference year: the range they span (never an average) and each point. */
export interface CorridorYear {
  refYear: number;
  /** Lowest lower bound and highest upper bound among the points, in percent. */
  low: number;
  high: number;
  points: CorridorPoint[];
}

/** The figures of one source, oldest first. */
export interface CorridorSourceSeries {
  sourceId: string;
  reportedBy: EnglishWithSpanish;
  points: CorridorPoint[];
}

/** Options of {@link corridorShare}. */
export interface CorridorShareOptions {
  /** Route label; default `mexico_central_america`. */
  route?: string;
  /** Keep only figures whose `measure` contains this text (case-insensitive). */
  measure?: string;
  /** Keep only figures from this `sourceId` (or read on this `viaSourceId`). */
  source?: string;
  /** Also use rows marked `verified: 'false'` (claims not found in any source); default false. */
  includeUnverified?: boolean;
}

/** Result of {@link corridorShare}. */
export interface CorridorShare {
  route: string;
  measure: string | null;
  source: string | null;
  includeUnverified: boolean;
  /** Every `sourceId` and `viaSourceId` behind the points, sorted. */
  sourceIds: string[];
  /** One entry per reference year, oldest first (figures for a single year only). */
  years: CorridorYear[];
  /** Figures whose reference year is a span or uncertain (`2014/2015`): shown, but in no year. */
  spans: CorridorPoint[];
  /** One series per source, so disagreeing sources stay apart. */
  bySource: CorridorSourceSeries[];
  /** Reference years where the sources give different figures. */
  disagreements: number[];
}

/** Options of {@link balloonEffect}. */
export interface BalloonEffectOptions {
  /** First and last reference year of the window. */
  from: number;
  to: number;
  /** Rise of the Caribbean share, in percentage points, that counts as a balloon effect. */
  thresholdPp: number;
  /** Default `mexico_central_america`. */
  corridorRoute?: string;
  /** Default `caribbean`. */
  caribbeanRoute?: string;
  includeUnverified?: boolean;
}

/** `yes`/`no` when every figure agrees, `uncertain` when ranges straddle the line, `unknown` when a year is not reported. */
export type Finding = 'yes' | 'no' | 'uncertain' | 'unknown';

/** How one route's share moved between two reference years. */
export interface RouteChange {
  route: string;
  from: CorridorYear | null;
  to: CorridorYear | null;
  /** Change in percentage points, as a range: `to.low - from.high` to `to.high - from.low`. `null` if a year is not reported. */
  changePp: { low: number; high: number } | null;
}

/** The balloon test over one pair of reference years. */
export interface BalloonWindow {
  fromYear: number;
  toYear: number;
  corridor: RouteChange;
  caribbean: RouteChange;
  /** Did the corridor share fall? */
  corridorFell: Finding;
  /** Did the Caribbean share rise by at least `thresholdPp`? */
  caribbeanRose: Finding;
  /** Both at once. */
  balloon: Finding;
  reason?: string;
}

/** Result of {@link balloonEffect}. */
export interface BalloonEffect {
  from: number;
  to: number;
  thresholdPp: number;
  corridorRoute: string;
  caribbeanRoute: string;
  /** `from` against `to`. */
  endToEnd: BalloonWindow;
  /** Among all windows inside `from`..`to` where both routes are reported, the largest sure rise of the Caribbean share (ties: largest corridor fall). */
  largestSwing: BalloonWindow | null;
  /** The lowest corridor year and the highest Caribbean year inside the window. */
  extremes: { corridorLow: CorridorYear | null; caribbeanHigh: CorridorYear | null };
  /** Every window `a < b` inside `from`..`to` where both routes are reported. */
  windows: BalloonWindow[];
  /** True when windows inside the range reach different verdicts: the answer depends on the years compared. */
  windowDependent: boolean;
  /** The finding in one paragraph (English). */
  summary: string;
  sourceIds: string[];
}

export { corridorShare } from './corridor-share.js';
export { balloonEffect, balloonEffectOptionIssues } from './balloon-effect.js';
export type {
  BalloonEffect,
  BalloonEffectOptions,
  BalloonWindow,
  CorridorPoint,
  CorridorShare,
  CorridorShareOptions,
  CorridorSourceSeries,
  CorridorYear,
  Finding,
  RouteChange,
} from './types.js';
export * from '../errors-api.js';

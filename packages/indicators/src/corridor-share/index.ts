export { corridorShare } from './corridor-share.js';
export { balloonEffect } from './balloon-effect.js';
export {
  balloonEffectOfValidRows,
  balloonEffectOptionIssues,
  corridorShareOfValidRows,
  isCorridorObservation,
} from './valid-rows.js';
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

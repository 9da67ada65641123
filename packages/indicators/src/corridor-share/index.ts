export { corridorShare } from './corridor-share.js';
export { balloonEffect } from './balloon-effect.js';
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
export { IndicatorInputError, isIndicatorInputError } from '../errors.js';
export {
  issueReason,
  pathText,
  type IndicatorInputIssue,
  type IndicatorIssueCode,
  type IndicatorIssueParams,
  type IssuePath,
  type SchemaCheck,
} from '../issues.js';

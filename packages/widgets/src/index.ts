/**
 * usmx widgets: the element classes, without registering any tag. Import
 * `@usmx/widgets/homicide-trend` (and the others) to register a tag, or load `dist/cdn/usmx.js`.
 *
 * @packageDocumentation
 */
export { UsmxElement } from './internal/base-element.js';
export {
  UsmxHomicideTrend,
  DEFAULT_HOMICIDE_SERIES,
} from './components/homicide-trend/homicide-trend.component.js';
export { UsmxCorridorShare } from './components/corridor-share/corridor-share.component.js';
export { UsmxSplinterCount } from './components/splinter-count/splinter-count.component.js';
export { UsmxGroupLineage } from './components/group-lineage/group-lineage.component.js';
export { UsmxClaim, DEFAULT_CLAIM } from './components/claim/claim.component.js';
export type {
  UsmxErrorDetail,
  UsmxErrorEvent,
  UsmxEventMap,
  UsmxReadyDetail,
  UsmxReadyEvent,
  UsmxRuleChangeDetail,
  UsmxRuleChangeEvent,
} from './internal/events.js';
export type { ErrorIssue, WidgetErrorCode } from './internal/errors.js';
export type { ThemeSetting } from './internal/theme.js';

import type { SVGTemplateResult } from 'lit';
import type { TableModel } from './csv.js';

/** A cited source, as printed in a widget's footer. */
export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  /** Linked only when it is http(s). */
  readonly url?: string;
}

/** What a widget shows apart from its chart: text, sources and the table behind the marks. */
export interface WidgetModel {
  readonly title: string;
  /** One sentence generated from the indicator result; also the chart's accessible name. */
  readonly summary: string;
  /** The chart's main point, highlighted under the summary (e.g. the year-to-date change). */
  readonly callout?: string;
  /** What a reader should know of the chart besides its point (what is left out and why), under it. */
  readonly notes?: readonly string[];
  readonly sources: readonly SourceRef[];
  /** How to cite the chart ("cite this"). */
  readonly citation: string;
  readonly table: TableModel;
  readonly tableCaption: string;
  /** Base name of downloaded files, without extension. */
  readonly fileName: string;
}

/** A data point the keyboard and the pointer can reach. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  /** Tooltip lines; the first is the heading. */
  readonly lines: readonly string[];
  /** The sentence announced to screen readers when the point gets focus. */
  readonly announcement: string;
}

/** A chart laid out for one width: its marks and its navigable points, in reading order. */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly marks: SVGTemplateResult;
  readonly points: readonly ChartPoint[];
  /** How the pointer picks a point: by column (default) or by distance in both directions. */
  readonly pointer?: 'x' | 'xy';
}

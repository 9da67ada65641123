import { defineElement } from '../../internal/define.js';
import { UsmxHomicideTrend } from './homicide-trend.component.js';

export { UsmxHomicideTrend };

defineElement('usmx-homicide-trend', UsmxHomicideTrend);

declare global {
  interface HTMLElementTagNameMap {
    'usmx-homicide-trend': UsmxHomicideTrend;
  }
}

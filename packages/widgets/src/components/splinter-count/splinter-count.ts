import { defineElement } from '../../internal/define.js';
import { UsmxSplinterCount } from './splinter-count.component.js';

export { UsmxSplinterCount };

defineElement('usmx-splinter-count', UsmxSplinterCount);

declare global {
  interface HTMLElementTagNameMap {
    'usmx-splinter-count': UsmxSplinterCount;
  }
}

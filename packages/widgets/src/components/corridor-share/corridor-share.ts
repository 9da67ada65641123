import { defineElement } from '../../internal/define.js';
import { UsmxCorridorShare } from './corridor-share.component.js';

export { UsmxCorridorShare };

defineElement('usmx-corridor-share', UsmxCorridorShare);

declare global {
  interface HTMLElementTagNameMap {
    'usmx-corridor-share': UsmxCorridorShare;
  }
}

import { defineElement } from '../../internal/define.js';
import { UsmxClaim } from './claim.component.js';

export { UsmxClaim };

defineElement('usmx-claim', UsmxClaim);

declare global {
  interface HTMLElementTagNameMap {
    'usmx-claim': UsmxClaim;
  }
}

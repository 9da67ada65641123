import { defineElement } from '../../internal/define.js';
import { UsmxGroupLineage } from './group-lineage.component.js';

export { UsmxGroupLineage };

defineElement('usmx-group-lineage', UsmxGroupLineage);

declare global {
  interface HTMLElementTagNameMap {
    'usmx-group-lineage': UsmxGroupLineage;
  }
}

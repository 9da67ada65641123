import { expect, it } from 'vitest';
import { defineElement } from './define.js';

it('defines a tag once and ignores a second definition instead of throwing', () => {
  class First extends HTMLElement {}
  class Second extends HTMLElement {}
  defineElement('usmx-define-probe', First);
  expect(() => defineElement('usmx-define-probe', Second)).not.toThrow();
  expect(customElements.get('usmx-define-probe')).toBe(First);
});

import { expect, it } from 'vitest';
import { safeHref } from './links.js';

it('keeps http(s) links and drops every other scheme', () => {
  expect(safeHref('https://www.inegi.org.mx/')).toBe('https://www.inegi.org.mx/');
  expect(safeHref('http://example.org/a b')).toBe('http://example.org/a%20b');
  expect(safeHref('javascript:alert(1)')).toBeUndefined();
  expect(safeHref(' JAVASCRIPT:alert(1)')).toBeUndefined();
  expect(safeHref('data:text/html,x')).toBeUndefined();
  expect(safeHref('/relative')).toBeUndefined();
  expect(safeHref(undefined)).toBeUndefined();
});

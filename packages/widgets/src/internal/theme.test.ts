import { expect, it } from 'vitest';
import { isThemeSetting, resolveTheme } from './theme.js';

it('forces light or dark when asked', () => {
  expect(resolveTheme('dark', 'light', false)).toBe('dark');
  expect(resolveTheme('light', 'dark', true)).toBe('light');
});

it('follows a page that names one color-scheme, else the system preference', () => {
  expect(resolveTheme('auto', 'dark', false)).toBe('dark');
  expect(resolveTheme('auto', 'only light', true)).toBe('light');
  expect(resolveTheme('auto', 'normal', true)).toBe('dark');
  expect(resolveTheme('auto', 'light dark', false)).toBe('light');
});

it('recognises the three settings', () => {
  expect(['auto', 'light', 'dark'].every(isThemeSetting)).toBe(true);
  expect(isThemeSetting('blue')).toBe(false);
});

/** The `theme` attribute: follow the page and the system (`auto`), or force one. */
export type ThemeSetting = 'auto' | 'light' | 'dark';

/**
 * The colour scheme to draw with. `auto` follows the host page's `color-scheme` when it names a
 * single scheme, else the system's `prefers-color-scheme`.
 */
export function resolveTheme(
  setting: ThemeSetting,
  pageColorScheme: string,
  prefersDark: boolean,
): 'light' | 'dark' {
  if (setting === 'light' || setting === 'dark') return setting;
  const schemes = pageColorScheme.split(/\s+/).filter((s) => s === 'light' || s === 'dark');
  if (schemes.length === 1) return schemes[0] as 'light' | 'dark';
  return prefersDark ? 'dark' : 'light';
}

/** Whether `value` is a valid `theme` attribute. */
export function isThemeSetting(value: unknown): value is ThemeSetting {
  return value === 'auto' || value === 'light' || value === 'dark';
}

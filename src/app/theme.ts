// The colour theme: "system" follows prefers-color-scheme; "light" and "dark" are stored choices applied as
// <html data-theme>. main.tsx imports this module first, so the attribute is set before React renders and
// before the first paint of the app (an inline <head> script would be earlier still, but CSP is
// script-src 'self'). Storage can throw (private windows, sandboxed iframes): then the theme is "system".

export type ThemePreference = 'system' | 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];
export const THEME_STORAGE_KEY = 'bh-theme';

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem' | 'removeItem'>;

export function parseThemePreference(value: string | null | undefined): ThemePreference {
  return value === 'light' || value === 'dark' ? value : 'system';
}

function localStorageOrNull(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readThemePreference(storage: ReadableStorage | null = localStorageOrNull()): ThemePreference {
  try {
    return parseThemePreference(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** Stores the choice; "system" is stored as nothing, so a later change of the OS setting is followed. */
export function storeThemePreference(
  preference: ThemePreference,
  storage: WritableStorage | null = localStorageOrNull(),
): void {
  try {
    if (preference === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage full or forbidden: the choice holds for this page only.
  }
}

export function applyThemePreference(
  preference: ThemePreference,
  root: HTMLElement | null = typeof document === 'undefined' ? null : document.documentElement,
): void {
  if (!root) return;
  if (preference === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preference);
}

applyThemePreference(readThemePreference());

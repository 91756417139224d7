// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyThemePreference,
  parseThemePreference,
  readThemePreference,
  storeThemePreference,
  THEME_STORAGE_KEY,
} from '../../../src/app/theme.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

afterEach(() => document.documentElement.removeAttribute('data-theme'));

describe('theme preference', () => {
  it('reads light and dark as themselves and anything else as system', () => {
    expect(parseThemePreference('light')).toBe('light');
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('Dark')).toBe('system');
    expect(parseThemePreference(null)).toBe('system');
    expect(parseThemePreference('<script>')).toBe('system');
  });

  it('reads the stored choice, and system when storage is empty or forbidden', () => {
    expect(readThemePreference(memoryStorage({ [THEME_STORAGE_KEY]: 'dark' }))).toBe('dark');
    expect(readThemePreference(memoryStorage())).toBe('system');
    expect(readThemePreference(throwing)).toBe('system');
    expect(readThemePreference(null)).toBe('system');
  });

  it('stores light and dark, and forgets the key for system so the OS setting is followed again', () => {
    const storage = memoryStorage();
    storeThemePreference('dark', storage);
    expect(storage.data.get(THEME_STORAGE_KEY)).toBe('dark');
    storeThemePreference('system', storage);
    expect(storage.data.has(THEME_STORAGE_KEY)).toBe(false);
    expect(() => storeThemePreference('light', throwing)).not.toThrow();
  });

  it('sets data-theme on <html> for light and dark and removes it for system', () => {
    const root = document.documentElement;
    applyThemePreference('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    applyThemePreference('light');
    expect(root.getAttribute('data-theme')).toBe('light');
    applyThemePreference('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});

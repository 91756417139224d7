import { useEffect, useId, useState } from 'react';
import {
  applyThemePreference,
  parseThemePreference,
  readThemePreference,
  storeThemePreference,
  THEME_PREFERENCES,
  THEME_STORAGE_KEY,
  type ThemePreference,
} from './theme.ts';

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/**
 * Three native radio buttons (arrow keys move and choose, one Tab stop) drawn as a segmented control.
 * A choice made in another tab of the site is followed here too.
 */
export function ThemeSwitch() {
  const name = useId();
  const [preference, setPreference] = useState<ThemePreference>(() => readThemePreference());

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
      const next = parseThemePreference(event.newValue);
      setPreference(next);
      applyThemePreference(next);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const choose = (next: ThemePreference) => {
    setPreference(next);
    applyThemePreference(next);
    storeThemePreference(next);
  };

  return (
    <fieldset className="theme-switch">
      <legend className="visually-hidden">Colour theme</legend>
      {THEME_PREFERENCES.map((option) => (
        <label key={option} className="theme-option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={preference === option}
            onChange={() => choose(option)}
          />
          <span>{LABELS[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}

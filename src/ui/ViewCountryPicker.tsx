import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CountryOption } from '../charts/countryMatch.ts';
import { usePrefetchCountryCells } from '../data/queries.ts';
import type { Manifest } from '../data/schema.ts';
import { useIsFirstChartDrawn } from './firstChartSignal.ts';

// The type-ahead is not needed to draw the view: its code loads once the first chart is on screen (or
// at once when the reader reaches for the field first), and until then the field shows the country.
const CountryPicker = lazy(() =>
  import('../charts/CountryPicker.tsx').then((m) => ({ default: m.CountryPicker })),
);

/** Longest wait for a first chart before the picker loads anyway (a view that failed to draw one). */
const PICKER_WAIT_MS = 3000;

/** Every contributor in the dataset as picker options (ISO3 and name). */
export function useCountryOptions(manifest: Manifest): CountryOption[] {
  return useMemo(() => manifest.countries.map((c) => ({ id: c.iso3, name: c.name })), [manifest]);
}

/**
 * A view's one-country picker. With `loadsCountryCells` (views drawn from countries/<ISO3>.json), the
 * country Enter would choose starts loading while the reader types, so the switch waits on no fetch.
 */
export function ViewCountryPicker({
  manifest,
  value,
  onChange,
  loadsCountryCells = false,
}: {
  manifest: Manifest;
  value: string;
  onChange: (iso3: string) => void;
  loadsCountryCells?: boolean;
}) {
  const options = useCountryOptions(manifest);
  const prefetch = usePrefetchCountryCells();
  const isFirstChartDrawn = useIsFirstChartDrawn();
  const [isWanted, setWanted] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const wasFocused = useRef(false);
  useEffect(() => {
    const timer = setTimeout(() => setWanted(true), PICKER_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  const isReady = isWanted || isFirstChartDrawn;
  const name = options.find((o) => o.id === value)?.name ?? value;
  const field = (
    <div className="bh-picker" aria-busy="true">
      <span className="bh-picker-label">Country</span>
      <div className="bh-picker-field">
        <input
          type="text"
          className="bh-picker-input"
          aria-label="Country (loading the search)"
          value={name}
          readOnly
          onFocus={() => {
            wasFocused.current = true;
            setWanted(true);
          }}
          onPointerDown={() => setWanted(true)}
        />
      </div>
    </div>
  );
  return (
    <div ref={root} className="bh-picker-slot">
      {isReady ? (
        <Suspense fallback={field}>
          <LoadedPicker onMount={() => refocus(root.current, wasFocused.current)}>
            <CountryPicker
              mode="single"
              label="Country"
              options={options}
              value={value}
              onChange={onChange}
              onActiveOption={loadsCountryCells ? prefetch : undefined}
            />
          </LoadedPicker>
        </Suspense>
      ) : (
        field
      )}
    </div>
  );
}

/** Runs `onMount` once its children (the loaded picker) are in the page. */
function LoadedPicker({ onMount, children }: { onMount: () => void; children: ReactNode }) {
  useEffect(() => {
    onMount();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once when the picker has arrived
  }, []);
  return children;
}

/** The reader had reached for the stand-in field: give the focus to the real one. */
function refocus(root: HTMLElement | null, wasFocused: boolean): void {
  if (wasFocused) root?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
}

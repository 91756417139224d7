import { useMemo } from 'react';
import { CountryPicker } from '../charts/CountryPicker.tsx';
import type { CountryOption } from '../charts/countryMatch.ts';
import { usePrefetchCountryCells } from '../data/queries.ts';
import type { Manifest } from '../data/schema.ts';

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
  return (
    <CountryPicker
      mode="single"
      label="Country"
      options={options}
      value={value}
      onChange={onChange}
      onActiveOption={loadsCountryCells ? prefetch : undefined}
    />
  );
}

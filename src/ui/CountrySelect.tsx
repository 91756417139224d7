import { useId } from 'react';
import type { Manifest } from '../data/schema.ts';
import { compareNames } from '../charts/countryMatch.ts';

/** A plain, keyboard-native country choice for pages that need one country. */
export function CountrySelect({
  manifest,
  value,
  onChange,
}: {
  manifest: Manifest;
  value: string;
  onChange: (iso3: string) => void;
}) {
  const id = useId();
  const sorted = [...manifest.countries].sort((a, b) => compareNames(a.name, b.name));
  return (
    <p className="control">
      <label htmlFor={id}>Country</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid="country-select">
        {sorted.map((c) => (
          <option key={c.iso3} value={c.iso3}>
            {c.name}
          </option>
        ))}
      </select>
    </p>
  );
}

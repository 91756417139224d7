// Per-capita figures of the bundled dataset (data/): Bhutan's rank in the months the seed article and
// the latest report concern, computed by the same model the ranking chart uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CountryCells, Manifest, Population, YearCrossSection } from '../../../src/data/schema.ts';
import { monthIndex } from '../../../src/data/selectors/months.ts';
import { monthPerCapita } from '../../../src/data/selectors/perCapitaRanking.ts';
import { profileModel } from '../../../src/data/selectors/countryProfile.ts';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8')) as T;

describe('Bhutan per capita in the bundled dataset', () => {
  const manifest = read<Manifest>('manifest.json');
  const population = read<Population>('population.json');

  it('ranks Bhutan 4th of 68 contributors with at least 50 personnel in June 2023 (267.0 per million)', () => {
    const model = monthPerCapita(
      manifest,
      read<YearCrossSection>('years/2023.json'),
      population,
      monthIndex(manifest.months, '2023-06'),
      50,
    );
    const bhutan = model.ranked.find((r) => r.iso3 === 'BTN');
    expect(bhutan).toMatchObject({ rank: 4, personnel: 210, population: 786_385 });
    expect(bhutan?.perMillion.toFixed(1)).toBe('267.0');
    expect(model.ranked).toHaveLength(68);
    expect(model.ranked.slice(0, 3).map((r) => r.iso3)).toEqual(['RWA', 'FJI', 'URY']);
  });

  it('ranks Bhutan 5th in July 2025, using the 2024 population (the latest World Bank year)', () => {
    const model = monthPerCapita(
      manifest,
      read<YearCrossSection>('years/2025.json'),
      population,
      monthIndex(manifest.months, '2025-07'),
      50,
    );
    expect(model.populationYear).toEqual({ year: 2024, isCarriedForward: true });
    expect(model.ranked.find((r) => r.iso3 === 'BTN')).toMatchObject({ rank: 5, personnel: 199 });
  });

  it('shows Bhutan first in January 2015 with 9 personnel, and MINUSCA its largest deployment since January 2022', () => {
    const model = profileModel(manifest, read<CountryCells>('countries/BTN.json'), 'MINUSCA');
    expect(model.rows[0]).toMatchObject({ month: '2015-01-31', total: 9, operations: 3 });
    const since = model.rows.filter((r) => r.month >= '2022-01-31' && r.largest);
    expect(since.every((r) => r.largest?.acronym === 'MINUSCA')).toBe(true);
    expect(model.rows.find((r) => r.month === '2023-06-30')?.operations).toBe(8);
  });
});

import { describe, expect, it } from 'vitest';
import {
  perCapitaAt,
  perMillionOf,
  populationIn,
  populationYearFor,
} from '../../../src/data/selectors/perCapita.ts';
import { populationOf } from '../claims/fixtures.ts';

const population = () =>
  populationOf(2020, 2024, {
    BTN: [770_000, 775_000, 780_000, 786_000, 791_000],
    ZER: [0, 0, 0, 0, 0],
    GAP: [5_000_000, null, null, null, null],
  });

describe('personnel per million people', () => {
  it('divides personnel by the population of the month’s year, per million', () => {
    expect(perCapitaAt(population(), 'BTN', '2023-06-30', 210)).toEqual({
      kind: 'value',
      perMillion: (210 / 786_000) * 1e6,
      personnel: 210,
      population: 786_000,
      populationYear: 2023,
    });
  });

  it('uses the latest World Bank year for months after it, and says so', () => {
    expect(populationYearFor(population(), '2025-07-31')).toEqual({ year: 2024, isCarriedForward: true });
    expect(perCapitaAt(population(), 'BTN', '2025-07-31', 199)).toMatchObject({
      populationYear: 2024,
      population: 791_000,
    });
    expect(populationYearFor(population(), '2019-12-31')).toBeNull();
  });

  it('gives “no population”, never Infinity or NaN, when the World Bank has no figure', () => {
    const missing = perCapitaAt(population(), 'GAP', '2022-01-31', 40);
    expect(missing).toEqual({ kind: 'no-population', personnel: 40, populationYear: 2022 });
    expect(perMillionOf(missing)).toBeNull();
    expect(perCapitaAt(population(), 'XXX', '2022-01-31', 40).kind).toBe('no-population');
  });

  it('treats a population of zero as missing rather than dividing by it', () => {
    expect(populationIn(population(), 'ZER', 2022)).toBeNull();
    const value = perCapitaAt(population(), 'ZER', '2022-01-31', 12);
    expect(value.kind).toBe('no-population');
    expect(perMillionOf(value)).toBeNull();
  });

  it('gives “no personnel” for a month without a report, and 0 for a report with no one deployed', () => {
    expect(perCapitaAt(population(), 'BTN', '2022-07-31', null)).toEqual({ kind: 'no-personnel' });
    expect(perMillionOf(perCapitaAt(population(), 'BTN', '2022-07-31', 0))).toBe(0);
  });
});

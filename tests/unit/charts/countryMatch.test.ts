import { describe, expect, it } from 'vitest';
import { filterCountries, foldText, type CountryOption } from '../../../src/charts/countryMatch.ts';

export function makeCountries(): CountryOption[] {
  return [
    { id: 'BGD', name: 'Bangladesh' },
    { id: 'CIV', name: "Côte d'Ivoire" },
    { id: 'NPL', name: 'Nepal' },
    { id: 'IND', name: 'India' },
    { id: 'IDN', name: 'Indonesia' },
    { id: 'SEN', name: 'Senegal' },
  ];
}

describe('country matching', () => {
  it('folds accents, case and typographic apostrophes', () => {
    expect(foldText('Côte d’Ivoire')).toBe("cote d'ivoire");
  });

  it('finds "Côte d\'Ivoire" from "cote"', () => {
    expect(filterCountries(makeCountries(), 'cote').map((c) => c.id)).toEqual(['CIV']);
  });

  it('matches substrings, names starting with the query first', () => {
    expect(filterCountries(makeCountries(), 'nd').map((c) => c.id)).toEqual(['IND', 'IDN']);
    expect(filterCountries(makeCountries(), 'desh').map((c) => c.id)).toEqual(['BGD']);
    expect(filterCountries(makeCountries(), 'ne').map((c) => c.id)).toEqual(['NPL', 'IDN', 'SEN']);
  });

  it('matches an ISO3 code exactly', () => {
    expect(filterCountries(makeCountries(), 'civ')[0]?.id).toBe('CIV');
  });

  it('lists every country alphabetically for an empty query', () => {
    expect(filterCountries(makeCountries(), '  ').map((c) => c.id)).toEqual([
      'BGD',
      'CIV',
      'IND',
      'IDN',
      'NPL',
      'SEN',
    ]);
  });
});

// compareCodes replaces localeCompare where codes are sorted in hot loops (ranks of every contributor for
// every month); it must give the order localeCompare gives for every code in the dataset.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCodes, compareNames } from '../../../src/data/selectors/codeOrder.ts';
import type { Manifest } from '../../../src/data/schema.ts';

const manifest = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../data/manifest.json'), 'utf8'),
) as Manifest;

describe('compareCodes', () => {
  const sets: [string, string[]][] = [
    ['country codes', manifest.countries.map((c) => c.iso3)],
    ['mission acronyms', manifest.missions.map((m) => m.acronym)],
  ];
  for (const [what, codes] of sets) {
    it(`orders the dataset's ${codes.length} ${what} as localeCompare does`, () => {
      expect(codes.length).toBeGreaterThan(30);
      const shuffled = [...codes].reverse();
      expect([...shuffled].sort(compareCodes)).toEqual([...shuffled].sort((a, b) => a.localeCompare(b)));
    });
  }

  it('says equal codes are equal', () => {
    expect(compareCodes('BGD', 'BGD')).toBe(0);
    expect(compareCodes('BGD', 'BTN')).toBeLessThan(0);
    expect(compareCodes('NPL', 'IND')).toBeGreaterThan(0);
  });
});

describe('compareNames', () => {
  const sets: [string, string[]][] = [
    ['country names', [...manifest.countries, ...manifest.otherCountries].map((c) => c.name)],
    ['mission names', manifest.missions.map((m) => m.name)],
    [
      'personnel types',
      ['Troops', 'Individual police', 'Formed police units', 'Staff officers', 'Experts on mission'],
    ],
  ];
  for (const [what, names] of sets) {
    it(`orders the dataset's ${names.length} ${what} as localeCompare does`, () => {
      const shuffled = [...names].reverse();
      expect([...shuffled].sort(compareNames)).toEqual([...shuffled].sort((a, b) => a.localeCompare(b)));
    });
  }

  it('ignores accents and case, and still orders names that differ only in them', () => {
    expect(compareNames("Côte d'Ivoire", 'Cuba')).toBeLessThan(0);
    expect(compareNames('Türkiye', 'Tunisia')).toBeGreaterThan(0);
    expect(compareNames('bangladesh', 'Bhutan')).toBeLessThan(0);
    expect(compareNames('Chad', 'Chad')).toBe(0);
    expect(compareNames('Cote', 'Côte')).not.toBe(0);
  });
});

// compareCodes replaces localeCompare where codes are sorted in hot loops (ranks of every contributor for
// every month); it must give the order localeCompare gives for every code in the dataset.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../../src/data/selectors/codeOrder.ts';
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

// The ISO 3166 numeric → alpha-3 table the map uses to join world-atlas shapes to the data.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import table from '../../../src/charts/isoNumericToIso3.json';
import type { Manifest } from '../../../src/data/schema.ts';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};
const geometries = atlas.objects.countries.geometries;
const codes: Record<string, string> = table.codes;

describe('ISO numeric to ISO3 table', () => {
  it('has an entry for every world-atlas shape that carries an id', () => {
    const missing = geometries
      .filter((g) => g.id !== undefined && codes[g.id] === undefined)
      .map((g) => `${g.id} ${g.properties.name}`);
    expect(missing).toEqual([]);
  });

  it('leaves only Kosovo, Northern Cyprus and Somaliland without an id (drawn as no data)', () => {
    expect(
      geometries
        .filter((g) => g.id === undefined)
        .map((g) => g.properties.name)
        .sort(),
    ).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
  });

  it('maps one to one onto three-letter codes', () => {
    const values = Object.values(codes);
    expect(values.every((v) => /^[A-Z]{3}$/.test(v))).toBe(true);
    expect(new Set(values).size).toBe(values.length);
    expect(Object.keys(codes).every((k) => /^\d{3}$/.test(k))).toBe(true);
  });

  it('gets the countries of this project and the usual traps right', () => {
    expect(codes).toMatchObject({
      '050': 'BGD',
      '064': 'BTN',
      '140': 'CAF',
      '180': 'COD',
      '178': 'COG',
      '384': 'CIV',
      '728': 'SSD',
      '729': 'SDN',
      '807': 'MKD',
      '410': 'KOR',
      '408': 'PRK',
      '524': 'NPL',
      '646': 'RWA',
      '858': 'URY',
      '242': 'FJI',
    });
  });

  it('names each shape’s country as the dataset does where both know it (spot check by name)', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../../data/manifest.json', import.meta.url), 'utf8'),
    ) as Manifest;
    const byIso = new Map(manifest.countries.map((c) => [c.iso3, c.name]));
    const pairs = geometries
      .filter((g) => g.id !== undefined && byIso.has(codes[g.id] ?? ''))
      .map((g) => [g.properties.name, byIso.get(codes[g.id ?? ''] ?? '')]);
    // Spelling differs ("Dem. Rep. Congo"), but the first three letters of a name rarely do.
    const mismatched = pairs.filter(
      ([a, b]) => (a ?? '').slice(0, 3).toLowerCase() !== (b ?? '').slice(0, 3).toLowerCase(),
    );
    // Reviewed by hand: these four are the same countries under other names.
    expect(mismatched.map(([a, b]) => `${a} / ${b}`).sort()).toEqual([
      'Dem. Rep. Congo / DR Congo',
      'Macedonia / North Macedonia',
      'South Korea / Republic of Korea',
      'Turkey / Türkiye',
    ]);
  });
});

// The claims page keeps each claim's result until one of the chunks the claim declares (`needs`)
// changes, and evaluates it on those chunks alone (restrictTo). That is right only if every claim
// declares everything it reads: on the real dataset, each claim must give the same result on its
// declared chunks as on the whole dataset with every chunk loaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../../src/features/claims/claims.ts';
import {
  chunkOf,
  restrictTo,
  type ClaimDataset,
  type ClaimNeed,
} from '../../../src/features/claims/claimsModel.ts';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8'));

const full: ClaimDataset = {
  manifest: read('manifest.json') as ClaimDataset['manifest'],
  totals: read('totals.json') as ClaimDataset['totals'],
  fatalities: read('fatalities.json') as ClaimDataset['fatalities'],
  population: read('population.json') as ClaimDataset['population'],
  cells: { BGD: read('countries/BGD.json') as never, BTN: read('countries/BTN.json') as never },
  years: { 2023: read('years/2023.json') as never },
};

describe('every claim declares the chunks it reads', () => {
  for (const claim of CLAIMS) {
    it(`${claim.id} gives the same result on its declared chunks (${claim.needs.join(', ')})`, () => {
      expect(claim.evaluate(restrictTo(full, claim.needs))).toEqual(claim.evaluate(full));
    });
  }
});

describe('restrictTo and chunkOf', () => {
  it('keep the manifest and the declared chunks, and nothing else', () => {
    const needs: ClaimNeed[] = ['cells:BTN', 'year:2023'];
    const restricted = restrictTo(full, needs);
    expect(restricted.manifest).toBe(full.manifest);
    expect(Object.keys(restricted.cells)).toEqual(['BTN']);
    expect(restricted.years[2023]).toBe(full.years[2023]);
    expect(restricted.totals).toBeUndefined();
    expect(restricted.population).toBeUndefined();
    expect(restricted.fatalities).toBeUndefined();
    expect(chunkOf(full, 'cells:BGD')).toBe(full.cells.BGD);
    expect(chunkOf(full, 'totals')).toBe(full.totals);
    expect(chunkOf(restricted, 'totals')).toBeUndefined();
  });
});

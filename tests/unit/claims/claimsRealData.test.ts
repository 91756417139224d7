// The verdicts on the bundled dataset (data/): the figures PROVENANCE.md checked by hand against the
// sources, now computed by the claims model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../../src/features/claims/claims.ts';
import type { ClaimDataset } from '../../../src/features/claims/claimsModel.ts';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8'));

const dataset = (): ClaimDataset => ({
  manifest: read('manifest.json') as ClaimDataset['manifest'],
  totals: read('totals.json') as ClaimDataset['totals'],
  fatalities: read('fatalities.json') as ClaimDataset['fatalities'],
  population: read('population.json') as ClaimDataset['population'],
  cells: { BGD: read('countries/BGD.json') as never, BTN: read('countries/BTN.json') as never },
  years: { 2023: read('years/2023.json') as never },
});

describe('the seed articles’ figures against the bundled dataset', () => {
  const ds = dataset();
  const results = Object.fromEntries(CLAIMS.map((c) => [c.id, c.evaluate(ds)]));

  it('finds 7,237 Bangladeshi personnel at the end of March 2023, the largest contributor that month', () => {
    expect(results['bgd-deployed-2023-03']).toMatchObject({
      verdict: 'match',
      answer: expect.stringContaining('7,237'),
    });
    expect(results['bgd-one-of-the-largest']).toMatchObject({
      verdict: 'match',
      answer: 'Rank 1 of 123 contributors in March 2023',
    });
  });

  it('finds 166 Bangladeshi deaths by the article’s date, 164 of them uniformed', () => {
    expect(results['bgd-166-deaths']).toMatchObject({
      verdict: 'match',
      answer: '166 Bangladeshi deaths by 2023-06-24, 164 of them uniformed',
    });
  });

  it('finds 415 military women in March 2023 (570 women with the police)', () => {
    expect(results['bgd-415-women-deployed']).toMatchObject({
      verdict: 'match',
      answer: '415 military women in March 2023',
    });
    expect(results['bgd-415-women-deployed']?.detail).toContain('570');
  });

  it('sees Bhutan first in January 2015, ranks it 4th per capita in June 2023, in 8 operations, largest MINUSCA', () => {
    expect(results['btn-since-2014']?.verdict).toBe('match');
    expect(results['btn-per-capita-rank']).toMatchObject({
      verdict: 'match',
      answer: 'Rank 4 of 68 per million people in June 2023',
    });
    expect(results['btn-seven-operations']).toMatchObject({
      verdict: 'differs',
      difference: 1,
      answer: '8 operations in June 2023',
    });
    expect(results['btn-largest-car']).toMatchObject({ verdict: 'match' });
  });

  it('cannot check the cumulative and national figures: 167,274 people, 63 missions, 40 countries, 962 women', () => {
    for (const id of [
      'bgd-167274-since-1988',
      'bgd-63-missions',
      'bgd-40-countries',
      'bgd-962-women-total',
    ]) {
      expect(results[id]?.verdict, id).toBe('cannot-check');
    }
  });
});

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

  it('finds 7,237 Bangladeshi personnel at the end of March 2023, and the largest contributor in June 2023, the article’s own month', () => {
    expect(results['bgd-deployed-2023-03']).toMatchObject({
      verdict: 'match',
      answer: expect.stringContaining('7,237'),
    });
    expect(results['bgd-one-of-the-largest']).toMatchObject({
      verdict: 'match',
      answer: 'Rank 1 of 123 contributors in June 2023',
    });
  });

  it('finds 166 Bangladeshi deaths by the article’s date, 164 of them uniformed', () => {
    expect(results['bgd-166-deaths']).toMatchObject({
      verdict: 'match',
      answer: '166 Bangladeshi deaths by 2023-06-24, 164 of them uniformed',
    });
  });

  it('checks the 415 women “currently” deployed against June 2023: 411, not March’s 415', () => {
    expect(results['bgd-415-women-deployed']).toMatchObject({
      verdict: 'differs',
      difference: -4,
      answer: '411 military women in June 2023',
    });
    expect(results['bgd-415-women-deployed']?.detail).toContain(
      'In March 2023, the month of the article’s other figures: 415 military women, 570 in all',
    );
  });

  it('finds a start in 1988 consistent: the earliest trace is a death in UNTAG on 4 April 1989', () => {
    expect(results['bgd-started-1988']).toMatchObject({
      verdict: 'consistent',
      answer: 'Earliest trace: a Bangladeshi death in UNTAG (Namibia) on 1989-04-04',
    });
    expect(results['bgd-three-decades']).toMatchObject({
      verdict: 'consistent',
      answer: '34 years of traces by June 2023; 5 personnel in November 1990, 7,237 in March 2023',
    });
  });

  it('gives 6 Bangladeshi deaths in 2022 beside the five medals, which it cannot check', () => {
    expect(results['bgd-five-medals']).toMatchObject({
      verdict: 'cannot-check',
      answer: '6 Bangladeshi deaths in 2022 (6 uniformed); the medal roll is not in the data',
    });
  });

  it('floors the 40 countries with the hosts of every mission known from any source: at least 26', () => {
    expect(results['bgd-40-countries']).toMatchObject({
      verdict: 'cannot-check',
      answer: 'At least 26 host countries appear in the data',
    });
    expect(results['bgd-40-countries']?.detail).toContain(
      'MINURCAT, UNIKOM and UNPROFOR span several countries',
    );
    expect(results['bgd-63-missions']).toMatchObject({ answer: 'At least 36 missions appear in the data' });
  });

  it('finds no Bhutanese police in June 2023 (last November 2021, back in UNMISS from July 2023)', () => {
    expect(results['btn-police-and-army']).toMatchObject({
      verdict: 'differs',
      answer: 'June 2023: 30 individual military personnel, no police',
    });
    expect(results['btn-police-and-army']?.detail).toContain(
      'November 2021 (4 in UNMISS), and they return in July 2023 (16 in UNMISS)',
    );
  });

  it('finds the bigger contingent in the Central African Republic: MINUSCA 30 → 187 from October to November 2022', () => {
    expect(results['btn-bigger-contingent-car']).toMatchObject({
      verdict: 'consistent',
      answer: 'MINUSCA: 30 → 187 Bhutanese from October 2022 to November 2022; 187 in June 2023',
    });
    expect(results['btn-almost-a-decade']).toMatchObject({
      verdict: 'consistent',
      answer: '8.4–9.2 years by June 2023',
    });
  });

  it('sees Bhutan first in January 2015, ranks it 4th per capita in June 2023, in 8 operations, largest MINUSCA', () => {
    expect(results['btn-since-2014']).toMatchObject({
      verdict: 'consistent',
      answer: 'First seen in January 2015 (9 personnel); absent in March 2014',
    });
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

  it('cannot check the cumulative and national figures: 167,274 people, 63 missions, 40 countries, 962 women, five medals', () => {
    for (const id of [
      'bgd-167274-since-1988',
      'bgd-63-missions',
      'bgd-40-countries',
      'bgd-962-women-total',
      'bgd-five-medals',
    ]) {
      expect(results[id]?.verdict, id).toBe('cannot-check');
    }
    // The largest monthly count of Bangladeshi military women (troops, staff officers and experts),
    // read off countries/BGD.json: 427 in November 2022.
    expect(results['bgd-962-women-total']?.detail).toContain(
      'The most Bangladeshi military women in any one report: 427 (November 2022).',
    );
  });

  it('pins every verdict: 18 figures, 5 match, 5 consistent, 3 differ, 5 cannot be checked', () => {
    expect(Object.fromEntries(Object.entries(results).map(([id, r]) => [id, r.verdict]))).toEqual({
      'bgd-deployed-2023-03': 'match',
      'bgd-one-of-the-largest': 'match',
      'bgd-started-1988': 'consistent',
      'bgd-167274-since-1988': 'cannot-check',
      'bgd-63-missions': 'cannot-check',
      'bgd-40-countries': 'cannot-check',
      'bgd-three-decades': 'consistent',
      'bgd-166-deaths': 'match',
      'bgd-five-medals': 'cannot-check',
      'bgd-962-women-total': 'cannot-check',
      'bgd-415-women-deployed': 'differs',
      'btn-since-2014': 'consistent',
      'btn-seven-operations': 'differs',
      'btn-largest-car': 'match',
      'btn-almost-a-decade': 'consistent',
      'btn-per-capita-rank': 'match',
      'btn-bigger-contingent-car': 'consistent',
      'btn-police-and-army': 'differs',
    });
  });
});

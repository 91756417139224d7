// The women models on the committed dataset (data/): the press figure of March 2023 explained.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CountryCells, Manifest, Totals } from '../../../src/data/schema.ts';
import {
  countryTypeSeries,
  reportedTypeMonths,
  worldTypeSeries,
} from '../../../src/data/selectors/typeSeries.ts';
import { pressBreakdown } from '../../../src/features/women/womenModel.ts';
import { countryWomenSeries, worldWomenSeries } from '../../../src/features/women/womenSeriesModel.ts';
import { FIRST_GENDER_MONTH } from '../../../src/features/women/womenView.ts';

const dataDir = path.resolve(import.meta.dirname, '../../../data');
// Read as the pipeline wrote it (the schema's own tests validate the chunks).
const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(dataDir, rel), 'utf8')) as T;
const manifest = read<Manifest>('manifest.json');
const totals = read<Totals>('totals.json');
const bgd = read<CountryCells>('countries/BGD.json');
const byType = countryTypeSeries(manifest, reportedTypeMonths(manifest, totals), bgd);
const index = (date: string) => manifest.months.indexOf(date);

describe('women in the committed dataset', () => {
  test('Bangladesh, March 2023: 570 women in all, 415 of them in military categories, 155 police', () => {
    const b = pressBreakdown(byType, index('2023-03-31'));
    expect(b.personnel).toBe(7237);
    expect(b.women).toBe(570);
    expect(b.militaryWomen).toBe(415);
    expect(b.policeWomen).toBe(155);
  });

  test('Bangladesh, June 2023: 565 women, 411 military', () => {
    const b = pressBreakdown(byType, index('2023-06-30'));
    expect([b.women, b.militaryWomen]).toEqual([565, 411]);
  });

  test('gender is split from November 2009, the first month the women view offers', () => {
    const first = manifest.monthInfo.findIndex((m) => m.status === 'ok' && m.hasGender);
    expect(manifest.months[first]?.slice(0, 7)).toBe(FIRST_GENDER_MONTH);
  });

  test('August 2020 (split withheld) and September 2023 (no split) have no share of women, not 0%', () => {
    const own = countryWomenSeries(manifest, byType);
    const world = worldWomenSeries(manifest, totals, worldTypeSeries(manifest, totals));
    for (const date of ['2020-08-31', '2023-09-30']) {
      expect(own.share[0]?.values[index(date)]).toBeNull();
      expect(world.share[0]?.values[index(date)]).toBeNull();
    }
  });

  test('the world share of women in June 2025 rounds to the 10.1% the UN reports', () => {
    const world = worldWomenSeries(manifest, totals, worldTypeSeries(manifest, totals));
    expect(((world.share[0]?.values[index('2025-06-30')] ?? 0) * 100).toFixed(1)).toBe('10.1');
  });
});

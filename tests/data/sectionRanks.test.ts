// The overview ranks a country from the latest year's cross-section instead of totals.json (a tenth
// of the download); on the real dataset both give the same ranking in every month.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestSchema, parseChunk, totalsSchema, yearCrossSectionSchema } from '../../src/data/schema.ts';
import {
  rankContributors,
  rankContributorsInSection,
  rankOf,
  rankOfInSection,
} from '../../src/data/selectors/ranks.ts';

const dataDir = path.resolve(import.meta.dirname, '../../data');
const read = <T>(rel: string, schema: Parameters<typeof parseChunk<T>>[0]): T =>
  parseChunk(schema, rel, JSON.parse(readFileSync(path.join(dataDir, rel), 'utf8')));

describe('ranks from a year cross-section', () => {
  const manifest = read('manifest.json', manifestSchema);
  const totals = read('totals.json', totalsSchema);

  test('equal the ranks from totals.json in every month of every year', () => {
    const years = [...new Set(manifest.months.map((m) => Number(m.slice(0, 4))))];
    for (const year of years) {
      const section = read(`years/${year}.json`, yearCrossSectionSchema);
      manifest.months.forEach((month, i) => {
        if (Number(month.slice(0, 4)) !== year) return;
        expect(rankContributorsInSection(section, i), month).toEqual(rankContributors(totals, i));
      });
    }
  });

  test("give Bangladesh's rank in the latest reported month as totals.json does", () => {
    const latest = manifest.monthInfo.map((m) => m.status).lastIndexOf('ok');
    const section = read(`years/${manifest.months[latest]?.slice(0, 4)}.json`, yearCrossSectionSchema);
    expect(rankOfInSection(section, latest, 'BGD')).toEqual(rankOf(totals, latest, 'BGD'));
    expect(rankOfInSection(section, latest, 'BGD')?.rank).toBeGreaterThan(0);
  });
});

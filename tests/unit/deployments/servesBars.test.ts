// "Where it serves" as bars split by type, with women, on the bundled dataset: Bangladesh in March 2023
// as the UN report of 31 March 2023 prints it (UN_country_contributions_2023_03).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { missionTypeBars } from '../../../src/charts/missionTypeBars.ts';
import { stackedBarLegendItems } from '../../../src/charts/StackedBarChart.tsx';
import { stackedBarModel } from '../../../src/charts/stackedBarModel.ts';
import type { CountryCells, Manifest } from '../../../src/data/schema.ts';
import { countryMissionsInMonth } from '../../../src/data/selectors/countryMissionMonth.ts';
import { PERSONNEL_TYPE_COLOR_INDEX } from '../../../src/data/selectors/personnelTypeLabels.ts';
import { seriesColor } from '../../../src/charts/palette.ts';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8')) as T;
const manifest = read<Manifest>('manifest.json');
const bgd = read<CountryCells>('countries/BGD.json');
const march2023 = manifest.months.indexOf('2023-03-31');

describe('Bangladesh in March 2023 as bars by type', () => {
  const month = countryMissionsInMonth(manifest, bgd, march2023);
  const bars = missionTypeBars(manifest, month.rows);
  const model = stackedBarModel(
    bars.items,
    bars.series.map((s) => s.key),
  );

  test('eleven bars, largest first, whose parts add up to each mission’s total', () => {
    expect(model.rows.map((r) => [r.id, r.total]).slice(0, 6)).toEqual([
      ['MONUSCO', 1839],
      ['MINUSMA', 1661],
      ['UNMISS', 1651],
      ['MINUSCA', 1420],
      ['UNISFA', 511],
      ['UNIFIL', 119],
    ]);
    expect(model.rows).toHaveLength(11);
    for (const row of model.rows) {
      expect(row.parts.reduce((sum, p) => sum + p.value, 0)).toBe(row.total);
      expect(row.parts.at(-1)?.to).toBe(row.total);
    }
  });

  test('MINURSO splits into 20 troops and 10 experts on mission, 8 of them women', () => {
    const minurso = model.rows.find((r) => r.id === 'MINURSO');
    expect(minurso?.parts.map((p) => [p.key, p.value])).toEqual([
      ['troops', 20],
      ['experts_on_mission', 10],
    ]);
    expect(minurso?.marker).toBe(8);
    expect(minurso?.label).toBe(`MINURSO (${manifest.missions.find((m) => m.acronym === 'MINURSO')?.host})`);
  });

  test('each type keeps the colour it has in every other chart, and the legend names women', () => {
    const troops = bars.series.find((s) => s.key === 'troops');
    expect(troops?.color).toBe(seriesColor(PERSONNEL_TYPE_COLOR_INDEX.troops));
    const legend = stackedBarLegendItems(bars.series, model.keys, { label: 'women', legend: 'Women' });
    expect(legend.map((l) => l.id)).toEqual([...model.keys, 'marker']);
    expect(legend.at(-1)?.label).toBe('Women');
  });
});

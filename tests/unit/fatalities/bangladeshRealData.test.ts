// Real-data figures, read from the bundled dataset (data/), that the sources themselves print or that
// PROVENANCE.md checked by hand against the UN's fatalities file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fatalities, Manifest, Totals } from '../../../src/data/schema.ts';
import { countFatalities } from '../../../src/data/selectors/fatalityCounts.ts';
import { selectFatalities } from '../../../src/data/selectors/fatalityBreakdowns.ts';
import { byMissionModel, byTypeModel } from '../../../src/features/fatalities/breakdownModels.ts';
import { rateModel } from '../../../src/features/fatalities/rateModel.ts';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8')) as T;

describe('Bangladesh’s fatalities in the bundled dataset', () => {
  const fatalities = read<Fatalities>('fatalities.json');

  it('counts 166 Bangladeshi deaths up to 30 June 2023, 164 of them uniformed', () => {
    expect(countFatalities(fatalities, 'BGD', { upTo: '2023-06-30', uniformedOnly: false })).toBe(166);
    expect(countFatalities(fatalities, 'BGD', { upTo: '2023-06-30', uniformedOnly: true })).toBe(164);
    expect(
      selectFatalities(fatalities, { iso3: 'BGD', scope: 'uniformed', upTo: '2023-06-30' }),
    ).toHaveLength(164);
  });

  it('splits those uniformed deaths into 142 military, 19 police and 3 military observers (whole record: 168 in all)', () => {
    const byType = byTypeModel({ ...fatalities, ...onlyUpTo(fatalities, '2023-06-30') }, 'BGD', 'uniformed');
    expect(Object.fromEntries(byType.map((t) => [t.id, t.value]))).toEqual({
      military: 142,
      police: 19,
      military_observer: 3,
    });
    expect(countFatalities(fatalities, 'BGD', { uniformedOnly: false })).toBe(168);
  });

  it('gives Bangladesh a rate in every full year from 1992 to 2024 except 2014 (three reports)', () => {
    const model = rateModel(
      read<Manifest>('manifest.json'),
      read<Totals>('totals.json'),
      fatalities,
      'BGD',
      [],
    );
    const own = model.series[0]!;
    const without = own.rates.filter((r) => r.kind === 'no-rate').map((r) => r.year);
    expect(without).toEqual(expect.arrayContaining([1990, 2014, 2025]));
    expect(own.rates.find((r) => r.year === 2014)).toMatchObject({
      kind: 'no-rate',
      reason: 'too-few-months',
      reportedMonths: 3,
    });
    expect(own.rates.find((r) => r.year === 2025)).toMatchObject({
      kind: 'no-rate',
      reason: 'incomplete-year',
    });
  });
});

describe('the fatalities by mission, from the bundled dataset', () => {
  it('names every mission of Bangladesh’s fatalities with its host, also those known only from the fatalities file (UNIKOM, UNTAC)', () => {
    const rows = byMissionModel(
      read<Manifest>('manifest.json'),
      read<Fatalities>('fatalities.json'),
      'BGD',
      'all',
    );
    expect(rows.find((r) => r.id === 'UNIKOM')?.label).toBe('UNIKOM (Iraq and Kuwait)');
    expect(rows.find((r) => r.id === 'UNTAC')?.label).toBe('UNTAC (Cambodia)');
    expect(rows.filter((r) => r.label === r.id).map((r) => r.id)).toEqual([]);
  });
});

function onlyUpTo(f: Fatalities, upTo: string): Fatalities {
  const keep = f.date.map((d) => d <= upTo);
  const pick = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
  return {
    ...f,
    date: pick(f.date),
    iso3: pick(f.iso3),
    nationality: pick(f.nationality),
    mission: pick(f.mission),
    personnelType: pick(f.personnelType),
    incidentType: pick(f.incidentType),
    gender: pick(f.gender),
  };
}

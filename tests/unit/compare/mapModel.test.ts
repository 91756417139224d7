import { describe, expect, it } from 'vitest';
import {
  classCounts,
  classify,
  classifyShapes,
  mapValues,
  NO_DATA_CLASS,
  NONE_CLASS,
} from '../../../src/features/compare/map/mapModel.ts';

describe('the per-capita map’s classes', () => {
  it('puts ratios into steps with exclusive upper bounds', () => {
    const label = (perMillion: number) => classify({ kind: 'value', perMillion, personnel: 1 }).label;
    expect(label(0.5)).toBe('under 1');
    expect(label(1)).toBe('1 to under 10');
    expect(label(99.9)).toBe('50 to under 100');
    expect(label(250)).toBe('250 or more');
  });

  it('keeps “none deployed” and “no data” apart, and hatches only “no data”', () => {
    expect(classify({ kind: 'none' })).toBe(NONE_CLASS);
    expect(classify({ kind: 'no-data', reason: 'x' })).toBe(NO_DATA_CLASS);
    expect(NO_DATA_CLASS.isHatched).toBe(true);
    expect(NONE_CLASS.isHatched).toBeUndefined();
  });

  it('values every drawn country: contributors by ratio whatever their size, others none or no data', () => {
    const values = mapValues(
      {
        gapReason: null,
        ranked: [{ iso3: 'AAA', personnel: 200, perMillion: 200 }],
        belowMinimum: [{ iso3: 'SSS', personnel: 3, perMillion: 30 }],
        noPopulation: [{ iso3: 'NNN', personnel: 9 }],
      },
      new Set(['AAA', 'SSS', 'NNN', 'ZZZ', 'TWN']),
      (iso3) => iso3 !== 'TWN',
    );
    expect(Object.fromEntries([...values].map(([k, v]) => [k, v.kind]))).toEqual({
      AAA: 'value',
      SSS: 'value',
      NNN: 'no-data',
      ZZZ: 'none',
      TWN: 'no-data',
    });
  });

  it('draws everything as no data in a month without a report', () => {
    const values = mapValues(
      { gapReason: 'gap', ranked: [], belowMinimum: [], noPopulation: [] },
      new Set(['AAA']),
      () => true,
    );
    expect(values.get('AAA')).toEqual({ kind: 'no-data', reason: 'no report for this month' });
  });

  it('counts shapes per class, a shape without a country code as no data', () => {
    const shapes = classifyShapes(
      [
        { iso3: 'AAA', name: 'A' },
        { iso3: null, name: 'Somaliland' },
        { iso3: 'ZZZ', name: 'Z' },
      ],
      new Map([['AAA', { kind: 'value' as const, perMillion: 5, personnel: 5 }]]),
      { kind: 'none' },
    );
    const counts = Object.fromEntries(classCounts(shapes).map((c) => [c.cls.id, c.count]));
    expect(counts).toMatchObject({ 'step-2': 1, none: 1, 'no-data': 1 });
  });
});

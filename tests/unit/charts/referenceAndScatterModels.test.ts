import { describe, expect, it } from 'vitest';
import { referenceRuns, yearlySteps } from '../../../src/charts/referenceStepModel.ts';
import { ratioLineSegment, scatterModel } from '../../../src/charts/scatterModel.ts';
import { makeMonths } from './fixtures.ts';

describe('yearly reference steps', () => {
  const months = makeMonths('2020-01', 36); // 2020–2022

  it('turns yearly targets into January–December steps', () => {
    expect(yearlySteps([{ year: 2021, value: 0.08 }])).toEqual([
      { from: '2021-01-31', to: '2021-12-31', value: 0.08 },
    ]);
  });

  it('joins touching years into one stepped run and clips it to the visible range', () => {
    const steps = yearlySteps([
      { year: 2020, value: 0.065 },
      { year: 2021, value: 0.08 },
      { year: 2022, value: 0.09 },
    ]);
    const runs = referenceRuns(months, steps, { from: 6, to: 29 });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toEqual([
      { from: 5.5, to: 11.5, value: 0.065 },
      { from: 11.5, to: 23.5, value: 0.08 },
      { from: 23.5, to: 29.5, value: 0.09 },
    ]);
  });

  it('breaks the run where a year has no recorded target instead of interpolating', () => {
    const steps = yearlySteps([
      { year: 2020, value: 0.065 },
      { year: 2022, value: 0.09 },
    ]);
    expect(referenceRuns(months, steps, { from: 0, to: 35 })).toHaveLength(2);
  });
});

describe('scatterModel', () => {
  it('keeps only points that fit a log–log plot and pads domains to decades', () => {
    const model = scatterModel([
      { id: 'a', label: 'A', x: 2_000_000, y: 30 },
      { id: 'b', label: 'B', x: 170_000_000, y: 5_700 },
      { id: 'c', label: 'C', x: 12_000, y: 0 },
      { id: 'd', label: 'D', x: null, y: 4 },
    ]);
    expect(model.points.map((p) => p.id)).toEqual(['a', 'b']);
    expect(model.excluded.map((p) => p.id)).toEqual(['c', 'd']);
    expect(model.xDomain).toEqual([1e6, 1e9]);
    expect(model.yDomain).toEqual([10, 1e4]);
  });

  it('clips an equal-ratio line to the plot', () => {
    const segment = ratioLineSegment(1e-5, [1e6, 1e9], [10, 1e4]);
    expect(segment?.x1).toBeCloseTo(1e6);
    expect(segment?.y1).toBeCloseTo(10);
    expect((segment?.x2 ?? 0) / 1e9).toBeCloseTo(1);
    expect(segment?.y2).toBeCloseTo(1e4);
    expect(ratioLineSegment(1, [1e6, 1e9], [10, 1e4])).toBeNull();
  });
});

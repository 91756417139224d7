import { describe, expect, it } from 'vitest';
import {
  countTicks,
  describeEvidence,
  evidenceLayout,
} from '../../../src/features/claims/evidenceChartModel.ts';
import { claimsGoldens, evidenceMonths, evidenceValues } from '../golden/claims.tsx';
import { markupOf } from '../golden/golden.ts';

const months = evidenceMonths;
const values = evidenceValues;

describe('the evidence chart’s model', () => {
  it('ticks whole numbers from 0, at the smallest step that keeps six ticks or fewer', () => {
    expect(countTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(230)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('breaks the line at months without a value and labels the gap in words', () => {
    const layout = evidenceLayout({
      width: 400,
      height: 200,
      months,
      values,
      reference: { label: 'Seven, as quoted', value: 7 },
    });
    expect(layout.paths).toHaveLength(2);
    expect(layout.paths[0]?.startsWith('M0,')).toBe(true);
    expect(layout.gaps.map((g) => g.label)).toEqual(['no data: January 2022 – February 2022']);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2022']);
    expect(layout.reference?.y).toBeCloseTo(layout.plotHeight * (1 - 7 / 10));
  });

  it('describes the series, the quoted figure and the missing months from the data', () => {
    expect(describeEvidence({ what: 'operations', months, values, reference: { value: 7 } })).toBe(
      'Line of operations, monthly from November 2021 to April 2022. Latest: 9 (April 2022); highest 9 (first in April 2022). ' +
        'A dashed line marks 7, the figure quoted; the data show exactly 7 in 2 months. 2 months have no value and break the line.',
    );
  });
});

describe('the evidence chart’s markup (picture: tests/unit/golden)', () => {
  it('draws two line runs and the dashed reference', () => {
    const markup = markupOf(claimsGoldens, 'evidence-chart');
    expect(markup.match(/<path/g)).toHaveLength(2);
    expect(markup).toContain('stroke-dasharray="5 4"');
  });
});

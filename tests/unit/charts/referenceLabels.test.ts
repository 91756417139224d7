import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { yearlySteps } from '../../../src/charts/referenceStepModel.ts';
import { referenceMarks } from '../../../src/charts/referenceMarks.ts';
import { estimateTextWidth } from '../../../src/charts/textWidth.ts';
import { makeMonths } from './fixtures.ts';

describe('reference line labels', () => {
  it('move off the data: "2021 target 18%" does not sit on a line passing above its step at 390 px', () => {
    const months = makeMonths('2018-01', 96);
    const x = scaleLinear().domain([0, 95]).range([0, 250]);
    const y = scaleLinear().domain([0, 0.3]).range([200, 0]);
    const label = '2021 target 18%';
    const references = [{ id: 't2021', label, steps: yearlySteps([{ year: 2021, value: 0.18 }]) }];
    // A line of the data hugging the target from just above it across 2021.
    const line = months.map((_, i) => ({ x: x(i), y: y(0.19) }));
    const [mark] = referenceMarks(references, months, { from: 0, to: 95 }, x, y, 250, line);
    expect(mark).toBeDefined();
    const width = estimateTextWidth(label, 11);
    const left = mark!.labelAnchor === 'end' ? mark!.labelX - width : mark!.labelX;
    const crossing = line.filter(
      (p) => p.x >= left && p.x <= left + width && p.y >= mark!.labelY - 11 && p.y <= mark!.labelY + 1,
    );
    expect(crossing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { describeTimeSeries } from '../../../src/charts/describeTimeSeries.ts';
import { makeMonths, makeSeries } from './fixtures.ts';

describe('describeTimeSeries', () => {
  it('says what is shown, the latest values largest first and the months without data', () => {
    const months = makeMonths('2014-02', 6);
    const text = describeTimeSeries({
      chartKind: 'Line chart',
      months,
      series: [
        makeSeries('npl', [5000, null, null, 5100, 5200, 6080], 'Nepal'),
        makeSeries('bgd', [7000, null, null, 7100, 7200, 7237], 'Bangladesh'),
      ],
      range: { from: 0, to: 5 },
    });
    expect(text).toBe(
      'Line chart of Nepal and Bangladesh, monthly from February 2014 to July 2014. ' +
        'Latest values (July 2014): Bangladesh 7,237; Nepal 6,080. ' +
        'No data for 2 months: March 2014 – April 2014; the lines break there.',
    );
  });
});

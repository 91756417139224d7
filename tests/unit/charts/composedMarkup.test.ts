// What the composed charts' golden fixtures say beside their pictures (the pictures themselves:
// tests/unit/golden).
import { describe, expect, it } from 'vitest';
import { chartsGoldens } from '../golden/charts.tsx';
import { markupOf } from '../golden/golden.ts';

describe('the composed charts’ markup', () => {
  it('draws a line chart as an image with drawn paths', () => {
    const markup = markupOf(chartsGoldens, 'line-chart');
    expect(markup).toContain('role="img"');
    expect(markup).toMatch(/<path[^>]*d="M/);
  });

  it('sets the highlighted bar of a ranking in bold', () => {
    expect(markupOf(chartsGoldens, 'ranking-bar-chart')).toContain('font-weight="700"');
  });
});

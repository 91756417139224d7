// What the women charts' golden fixtures say beside their pictures (the pictures themselves:
// tests/unit/golden).
import { describe, expect, it } from 'vitest';
import { markupOf } from '../golden/golden.ts';
import { womenGoldens } from '../golden/women.tsx';

describe('the women charts’ markup', () => {
  it('women-share names the month whose split is withheld', () => {
    expect(markupOf(womenGoldens, 'women-share')).toContain('no data: August 2020');
  });

  it('women-targets labels the 2028 and 2021 targets', () => {
    const markup = markupOf(womenGoldens, 'women-targets');
    expect(markup).toContain('2028 target 15%');
    expect(markup).toContain('2021 target 8%');
  });

  it('press-figure gives the military and police women of the first month', () => {
    const markup = markupOf(womenGoldens, 'press-figure');
    expect(markup).toContain('Military: 48');
    expect(markup).toContain('Police: 49');
  });
});

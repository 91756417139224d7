// What the deployments charts' golden fixtures say beside their pictures (the pictures themselves:
// tests/unit/golden).
import { describe, expect, it } from 'vitest';
import { deploymentsGoldens } from '../golden/deployments.tsx';
import { markupOf } from '../golden/golden.ts';

describe('the deployments charts’ markup', () => {
  it('by-mission names the months without mission detail and the mission that closed', () => {
    const markup = markupOf(deploymentsGoldens, 'by-mission');
    expect(markup).toContain('no mission detail: March 2018 – July 2018');
    expect(markup).toContain('closed 2017');
  });

  it('rank describes its numbered milestone', () => {
    expect(markupOf(deploymentsGoldens, 'rank')).toContain('May 2016: first month at rank 1');
  });
});

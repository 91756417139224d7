import { describe, expect, it } from 'vitest';
import { rankingModel, type RankInput } from '../../../src/charts/rankingModel.ts';

function item(id: string, value: number | null): RankInput {
  return { id, label: id.toUpperCase(), value };
}

describe('rankingModel', () => {
  const items = [item('d', 10), item('a', 50), item('c', 30), item('b', 30), item('e', null)];

  it('ranks ties with competition ranking 1, 2, 2, 4', () => {
    const { bars } = rankingModel(items);
    expect(bars.map((b) => [b.id, b.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
    expect(bars.map((b) => b.isTied)).toEqual([false, true, true, false]);
  });

  it('lists items without a value apart instead of ranking them as 0', () => {
    const model = rankingModel(items);
    expect(model.missing.map((m) => m.id)).toEqual(['e']);
    expect(model.rankedCount).toBe(4);
  });

  it('keeps the top N and every tie at the cut-off', () => {
    expect(rankingModel(items, { topN: 1 }).bars.map((b) => b.id)).toEqual(['a']);
    expect(rankingModel(items, { topN: 2 }).bars.map((b) => b.id)).toEqual(['a', 'b', 'c']);
  });

  it('adds ids that must always be shown after the top N', () => {
    expect(rankingModel(items, { topN: 1, alwaysIncludeIds: ['d'] }).bars.map((b) => b.id)).toEqual([
      'a',
      'd',
    ]);
  });
});

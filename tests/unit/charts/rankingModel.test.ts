import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RankingBarChart } from '../../../src/charts/RankingBarChart.tsx';
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

describe('a yardstick among the ranked items', () => {
  it('keeps "All UN" out of the ranking of countries and draws it as a labelled line', () => {
    const items = [
      { id: 'WLD', label: 'All UN', value: 2.5 },
      { id: 'FJI', label: 'Fiji', value: 1.2 },
      { id: 'NPL', label: 'Nepal', value: 0.9 },
    ];
    const model = rankingModel(items, { benchmarkIds: ['WLD'] });
    expect(model.bars.map((b) => [b.rank, b.id])).toEqual([
      [1, 'FJI'],
      [2, 'NPL'],
    ]);
    expect(model.benchmarks).toEqual([{ id: 'WLD', label: 'All UN', value: 2.5 }]);

    const markup = renderToStaticMarkup(
      createElement(RankingBarChart, {
        title: 'Rates',
        description: 'Test.',
        items,
        benchmarkIds: ['WLD'],
        valueFormat: 'number',
        width: 390,
      }),
    );
    expect(markup).toContain('aria-label="Rank 1, Fiji: 1.2"');
    expect(markup).not.toContain('Rank 1, All UN');
    expect(markup).toContain('All UN 2.5 (not ranked)');
  });
});

describe('long names in a ranking on a phone', () => {
  it('are not cut ("MINUSCA (Central African R…") but set above their bars at 390 px', () => {
    const markup = renderToStaticMarkup(
      createElement(RankingBarChart, {
        title: 'Fatalities by mission',
        description: 'Test.',
        items: [
          { id: 'UNAMSIL', label: 'UNAMSIL (Sierra Leone)', value: 25 },
          { id: 'MINUSCA', label: 'MINUSCA (Central African Republic)', value: 10 },
        ],
        width: 390,
      }),
    );
    expect(markup).toContain('>MINUSCA (Central African Republic)</text>');
    expect(markup).not.toContain('…');
  });
});

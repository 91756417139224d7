import { describe, expect, test } from 'vitest';
import type { ParamContext } from '../../../src/state/params.ts';
import { parseView, serializeView } from '../../../src/state/viewState.ts';
import { deploymentsSpec, type DeploymentsView } from '../../../src/features/deployments/deploymentsView.ts';

function context(): ParamContext {
  return {
    countries: new Set(['BGD', 'IND', 'NPL', 'PAK', 'RWA', 'BTN', 'FJI', 'GHA']),
    months: ['2023-01', '2023-02', '2023-03', '2023-04'],
  };
}
const parse = (query: string) => parseView(deploymentsSpec, new URLSearchParams(query), context());

describe('deployments view in the URL', () => {
  test('no parameters give Bangladesh, the whole time range, a linear count and the latest month', () => {
    const { view, notices } = parse('');
    expect(view).toEqual({
      country: 'BGD',
      countries: ['BGD', 'IND', 'NPL', 'PAK', 'RWA'],
      range: { from: '2023-01', to: '2023-04' },
      scale: 'linear',
      metric: 'count',
      month: '2023-04',
      missions: 'top',
      mscale: 'shared',
    });
    expect(notices).toEqual([]);
  });

  test('parse(serialize(view)) equals the view when every parameter differs from its default', () => {
    const view: DeploymentsView = {
      country: 'BTN',
      countries: ['FJI', 'GHA'],
      range: { from: '2023-02', to: '2023-03' },
      scale: 'log',
      metric: 'share',
      month: '2023-02',
      missions: 'all',
      mscale: 'own',
    };
    const query = serializeView(deploymentsSpec, view, context());
    expect(query.get('range')).toBe('2023-02..2023-03');
    expect(parse(query.toString())).toEqual({ view, notices: [] });
  });

  test('an unknown scale and a seventh country fall back to the defaults and say so', () => {
    const { view, notices } = parse('scale=cubic&countries=BGD,IND,NPL,PAK,RWA,BTN,FJI');
    expect(view.scale).toBe('linear');
    expect(view.countries).toEqual(['BGD', 'IND', 'NPL', 'PAK', 'RWA']);
    expect(notices.map((n) => n.param)).toEqual(['countries', 'scale']);
    expect(notices[0]?.message).toContain('at most 6 countries');
  });

  test('a reversed range is refused, not swapped', () => {
    const { view, notices } = parse('range=2023-04..2023-01');
    expect(view.range).toEqual({ from: '2023-01', to: '2023-04' });
    expect(notices[0]?.message).toContain('ends before it starts');
  });
});

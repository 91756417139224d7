import { describe, expect, test } from 'vitest';
import type { ParamContext } from '../../../src/state/params.ts';
import { parseView, serializeView, withFollowingDefaults } from '../../../src/state/viewState.ts';
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
      serving: '2023-04',
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
      serving: '2023-03',
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

  describe('the default time range follows the country', () => {
    // Thirty years of months; Bhutan's first month with personnel is May 2014, Bangladesh's March 1988.
    const months: string[] = [];
    for (let y = 1988; y <= 2025; y++)
      for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
    const ctx: ParamContext = {
      countries: new Set(['BGD', 'BTN', 'IND', 'NPL', 'PAK', 'RWA']),
      months,
      firstMonths: new Map([
        ['BGD', '1988-03'],
        ['BTN', '2014-05'],
      ]),
    };

    test('Bhutan opens in 2014, near its first month with personnel, not on 25 empty years', () => {
      const { view } = parseView(deploymentsSpec, new URLSearchParams('country=BTN'), ctx);
      expect(view.range).toEqual({ from: '2014-01', to: '2025-12' });
      // The default is not written to the address: the link stays short.
      expect(serializeView(deploymentsSpec, view, ctx).has('range')).toBe(false);
    });

    test('the reader can still widen it to every month, and the link keeps that', () => {
      const { view } = parseView(
        deploymentsSpec,
        new URLSearchParams('country=BTN&range=1990-01..2025-12'),
        ctx,
      );
      expect(view.range.from).toBe('1990-01');
      expect(serializeView(deploymentsSpec, view, ctx).get('range')).toBe('1990-01..2025-12');
    });

    test('switching country moves a default range to the new country, but keeps one the reader chose', () => {
      const bgd = parseView(deploymentsSpec, new URLSearchParams(''), ctx).view;
      expect(bgd.range.from).toBe('1988-01');
      expect(withFollowingDefaults(deploymentsSpec, bgd, { country: 'BTN' }, ctx).range.from).toBe('2014-01');
      const chosen = { ...bgd, range: { from: '2000-01', to: '2010-12' } };
      expect(withFollowingDefaults(deploymentsSpec, chosen, { country: 'BTN' }, ctx).range).toEqual(
        chosen.range,
      );
    });
  });
});

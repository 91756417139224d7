import { describe, expect, test } from 'vitest';
import type { ParamContext } from '../../../src/state/params.ts';
import { parseView, serializeView } from '../../../src/state/viewState.ts';
import { womenSpec, type WomenView } from '../../../src/features/women/womenView.ts';

function context(): ParamContext {
  return {
    countries: new Set(['BGD', 'NPL']),
    months: ['2009-09', '2009-10', '2009-11', '2009-12', '2010-01'],
  };
}
const parse = (query: string) => parseView(womenSpec, new URLSearchParams(query), context());

describe('women view in the URL', () => {
  test('the default range starts with the first month that splits personnel by gender', () => {
    const { view } = parse('');
    expect(view.range).toEqual({ from: '2009-11', to: '2010-01' });
    expect(view.min).toBe(100);
    expect(view.by).toBe('share');
  });

  test('a month before gender was reported is refused with the reason', () => {
    const { view, notices } = parse('month=2009-10&range=2009-09..2010-01');
    expect(view.month).toBe('2010-01');
    expect(view.range.from).toBe('2009-11');
    expect(notices.map((n) => n.message).join(' ')).toContain('women are reported from 2009-11 on');
  });

  test('the minimum size is a whole number in the URL; anything else is refused', () => {
    expect(parse('min=250').view.min).toBe(250);
    const { view, notices } = parse('min=ten');
    expect(view.min).toBe(100);
    expect(notices[0]?.param).toBe('min');
  });

  test('parse(serialize(view)) equals the view', () => {
    const view: WomenView = {
      country: 'NPL',
      range: { from: '2009-12', to: '2010-01' },
      metric: 'count',
      month: '2009-12',
      min: 0,
      by: 'target',
    };
    expect(parse(serializeView(womenSpec, view, context()).toString())).toEqual({ view, notices: [] });
  });
});

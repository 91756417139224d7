import { describe, expect, test } from 'vitest';
import {
  countryListParam,
  countryParam,
  enumParam,
  intParam,
  monthParam,
  rangeParam,
  booleanParam,
  type ParamContext,
} from '../../../src/state/params.ts';
import { parseView, serializeView, type ViewSpec } from '../../../src/state/viewState.ts';

function context(): ParamContext {
  return {
    countries: new Set(['BGD', 'BTN', 'NPL', 'IND']),
    months: ['2023-01', '2023-02', '2023-03', '2023-04'],
  };
}

interface DemoView {
  country: string;
  compare: string[];
  scale: 'linear' | 'log';
  range: { from: string; to: string };
  month: string;
  minimum: number;
  table: boolean;
}

const spec: ViewSpec<DemoView> = {
  country: { codec: countryParam(), fallback: () => 'BGD', label: 'country' },
  compare: { codec: countryListParam(3), fallback: () => ['BGD', 'NPL'], label: 'countries to compare' },
  scale: { codec: enumParam(['linear', 'log'] as const, 'scale'), fallback: () => 'linear', label: 'scale' },
  range: {
    codec: rangeParam(),
    fallback: (c) => ({ from: c.months[0] ?? '', to: c.months[c.months.length - 1] ?? '' }),
    label: 'time range',
  },
  month: { codec: monthParam(), fallback: (c) => c.months[c.months.length - 1] ?? '', label: 'month' },
  minimum: { codec: intParam(0, 100000, 'minimum personnel'), fallback: () => 50, label: 'minimum size' },
  table: { codec: booleanParam(), fallback: () => false, label: 'table tab' },
};

const parse = (query: string) => parseView(spec, new URLSearchParams(query), context());

describe('view state in the URL', () => {
  test('a link without parameters gives every default and no notice', () => {
    const { view, notices } = parse('');
    expect(view).toEqual({
      country: 'BGD',
      compare: ['BGD', 'NPL'],
      scale: 'linear',
      range: { from: '2023-01', to: '2023-04' },
      month: '2023-04',
      minimum: 50,
      table: false,
    });
    expect(notices).toEqual([]);
  });

  test('parse(serialize(view)) equals the view for a view that differs in every parameter', () => {
    const view: DemoView = {
      country: 'BTN',
      compare: ['IND', 'BTN', 'BGD'],
      scale: 'log',
      range: { from: '2023-02', to: '2023-03' },
      month: '2023-01',
      minimum: 0,
      table: true,
    };
    const query = serializeView(spec, view, context());
    expect(query.get('v')).toBe('1');
    expect(parse(query.toString())).toEqual({ view, notices: [] });
  });

  test('a link of another URL version is read as version 1 and says so; a link without v is version 1', () => {
    const newer = parse('v=2&country=BTN');
    expect(newer.view.country).toBe('BTN');
    expect(newer.notices).toEqual([
      { param: 'v', message: 'The link says it was made for URL version “2”; read it as version 1.' },
    ]);
    expect(parse('country=BTN')).toEqual(parse('v=1&country=BTN'));
    expect(parse('country=BTN').notices).toEqual([]);
  });

  test('defaults are left out of the serialized link', () => {
    expect(serializeView(spec, parse('').view, context()).toString()).toBe('');
  });

  test('lower-case country codes are accepted', () => {
    expect(parse('country=btn').view.country).toBe('BTN');
  });

  test('an unknown country falls back to the default and says why', () => {
    const { view, notices } = parse('country=XYZ');
    expect(view.country).toBe('BGD');
    expect(notices[0]?.message).toContain('XYZ is not a contributor');
  });

  test('a reversed range is refused, not silently swapped', () => {
    const { view, notices } = parse('range=2023-04..2023-01');
    expect(view.range).toEqual({ from: '2023-01', to: '2023-04' });
    expect(notices[0]?.message).toContain('ends before it starts');
  });

  test('a month outside the data is refused with the covered span', () => {
    expect(parse('month=1850-01').notices[0]?.message).toContain('outside the data (2023-01 to 2023-04)');
  });

  test('numbers out of bounds, negative or not numbers at all are refused', () => {
    expect(parse('minimum=-5').notices[0]?.message).toContain('between 0 and 100000');
    expect(parse('minimum=99999999999999').notices[0]?.message).toContain('not a whole number');
    expect(parse('minimum=1e3').view.minimum).toBe(50);
  });

  test('a repeated parameter uses the first value and says so', () => {
    const { view, notices } = parse('scale=log&scale=linear');
    expect(view.scale).toBe('log');
    expect(notices[0]?.message).toContain('given 2 times');
  });

  test('a 10,000-character value is ignored without being echoed back', () => {
    const { view, notices } = parse(`country=${'A'.repeat(10_000)}`);
    expect(view.country).toBe('BGD');
    expect(notices[0]?.message).toContain('10,000 characters long');
    expect(notices[0]?.message.length).toBeLessThan(200);
  });

  test('a comparison list with an unknown code or too many countries falls back and names the problem', () => {
    expect(parse('compare=BGD,QQQ').notices[0]?.message).toContain('QQQ is not a contributor');
    expect(parse('compare=BGD,NPL,IND,BTN').notices[0]?.message).toContain('at most 3');
  });

  test('an unknown parameter is reported', () => {
    expect(parse('colour=red').notices[0]?.message).toContain('does not know');
  });

  test('an HTML payload is quoted back as text, shortened', () => {
    const { notices } = parse(`scale=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(notices[0]?.message).toContain('“<img src=x onerror=alert(1)>”');
  });
});

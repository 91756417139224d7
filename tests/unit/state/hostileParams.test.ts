// What a hostile link can do to the URL parser: nothing but produce a short, truthful notice.
import { describe, expect, test } from 'vitest';
import {
  countryListParam,
  countryParam,
  enumParam,
  listProblems,
  quote,
  type ParamCodec,
  type ParamContext,
} from '../../../src/state/params.ts';
import { parseView, type ViewSpec } from '../../../src/state/viewState.ts';

const context = (): ParamContext => ({
  countries: new Set(['BGD', 'IND', 'NPL']),
  months: ['2023-01', '2023-02'],
});

interface View {
  country: string;
  peers: string[];
  scale: 'linear' | 'log';
}

const spec: ViewSpec<View> = {
  country: { codec: countryParam(), fallback: () => 'BGD', label: 'country' },
  peers: { codec: countryListParam(3), fallback: () => [], label: 'comparison countries' },
  scale: { codec: enumParam(['linear', 'log'] as const, 'scale'), fallback: () => 'linear', label: 'scale' },
};

const parse = (query: string) => parseView(spec, new URLSearchParams(query), context());

describe('hostile links and the URL parser', () => {
  test('parameters named like Object.prototype members are reported as unknown, not silently taken for known', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const { view, notices } = parse(`${key}=x`);
      expect(view).toEqual({ country: 'BGD', peers: [], scale: 'linear' });
      expect(notices.map((n) => n.param)).toEqual([key]);
      expect(notices[0]?.message).toContain('does not know');
    }
  });

  test('a bidirectional override in a value cannot mirror the rest of the notice', () => {
    const message = parse(`scale=${encodeURIComponent('\u202Egol')}`).notices[0]?.message ?? '';
    expect(message).toContain('“?gol”');
    expect(message).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2028\u2029\uFEFF]/);
  });

  test('invisible and line-breaking characters in a parameter name are shown as ?', () => {
    const message = parse(`${encodeURIComponent('sc\u200Bale\u2028')}=log`).notices[0]?.message ?? '';
    expect(message).toContain('“sc?ale?”');
  });

  test('a long list of unknown countries gives a short notice that counts the rest', () => {
    const codes = Array.from(
      { length: 40 },
      (_, i) => `Q${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
    );
    const { view, notices } = parse(`peers=${codes.join(',')}`);
    expect(view.peers).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('and 37 more');
    expect(notices[0]?.message.length).toBeLessThan(300);
  });

  test('listProblems keeps the first few and counts the others', () => {
    expect(listProblems(['a', 'b'])).toBe('a; b');
    expect(listProblems(['a', 'b', 'c', 'd', 'e'])).toBe('a; b; c; and 2 more');
  });

  test('quoting never splits a character made of two UTF-16 units', () => {
    const quoted = quote('🇧🇩'.repeat(30));
    expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(Array.from(quoted.slice(1, -2))).toHaveLength(40);
  });

  test('a codec that throws gives a notice and the default instead of crashing the view', () => {
    const throwing: ParamCodec<string> = {
      parse: () => {
        throw new Error('boom');
      },
      serialize: (v) => v,
      equals: (a, b) => a === b,
    };
    const withThrowing: ViewSpec<{ mode: string }> = {
      mode: { codec: throwing, fallback: () => 'plain', label: 'mode' },
    };
    const { view, notices } = parseView(withThrowing, new URLSearchParams('mode=%3Cb%3E'), context());
    expect(view.mode).toBe('plain');
    expect(notices[0]?.message).toBe(
      'Ignored the mode: “<b>” could not be read. Showing the default instead.',
    );
  });

  test('script payloads come back as plain quoted text, never shortened into something else', () => {
    const payload = '"><svg onload=window.__pwned=1>';
    const message = parse(`country=${encodeURIComponent(payload)}`).notices[0]?.message ?? '';
    expect(message).toContain(`“${payload}”`);
  });
});

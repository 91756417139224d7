// Links that used to be read silently: look-alike letters in a country code, and text after a
// second '#'. Both now give a notice in words.
import { describe, expect, test } from 'vitest';
import { countryParam, type ParamContext } from '../../../src/state/params.ts';
import { secondHashNotice } from '../../../src/state/viewState.ts';

const context: ParamContext = { countries: new Set(['IND', 'BGD', 'NPL']), months: ['2025-07'] };

describe('a country code', () => {
  test('with a dotless i (ınd) is refused with a reason, instead of upper-casing to India', () => {
    const parsed = countryParam().parse(decodeURIComponent('%C4%B1nd'), context);
    expect(parsed).toEqual({
      kind: 'invalid',
      reason:
        '“ınd” is not a country code: it has letters that only look like A–Z (type the code in plain letters, such as BGD)',
    });
  });

  test('with a long s (ſ) or the Kelvin sign is refused too', () => {
    for (const raw of ['\u017fen', 'ne\u212a']) {
      expect(countryParam().parse(raw, context).kind).toBe('invalid');
    }
  });

  test('in plain letters of either case is read', () => {
    expect(countryParam().parse('ind', context)).toEqual({ kind: 'valid', value: 'IND' });
    expect(countryParam().parse('NPL', context)).toEqual({ kind: 'valid', value: 'NPL' });
  });
});

describe('text after a second #', () => {
  test('is quoted back in a notice, shortened and with invisible characters shown as ?', () => {
    expect(secondHashNotice('section-2').message).toBe(
      'The link has text after a second “#” (“section-2”); it was ignored.',
    );
    expect(secondHashNotice(`\u202E${'x'.repeat(100)}`).message).toMatch(/\(“\?x{39}…”\)/);
  });
});

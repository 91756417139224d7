// A generic round-trip check for any ViewSpec: generate views from valid values (each codec's
// samples in a fixture context, kept when the codec itself accepts them) and compare
// parseView(serializeView(view)) with the view — plainly and pinned (see serializeView's isPinned).
import { expect } from 'vitest';
import type { ParamContext } from '../../../src/state/params.ts';
import { parseView, serializeView, type ParamSpec, type ViewSpec } from '../../../src/state/viewState.ts';

/** Months 1990-11 … 2025-07 (the dataset's span) and a dozen contributors, some with two-part names. */
export function fixtureContext(): ParamContext {
  const months: string[] = [];
  for (let y = 1990; y <= 2025; y += 1) {
    for (let m = 1; m <= 12; m += 1) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      if (key >= '1990-11' && key <= '2025-07') months.push(key);
    }
  }
  return {
    countries: new Set(['BGD', 'IND', 'NPL', 'PAK', 'RWA', 'ETH', 'GHA', 'BTN', 'FJI', 'URY', 'CIV', 'TZA']),
    months,
    missions: [
      'MINURSO',
      'MINUSCA',
      'MINUSMA',
      'MONUSCO',
      'UNAVEM II',
      'UNIFIL',
      'UNISFA',
      'UNMISS',
      'UNTSO',
    ],
  };
}

/** Values a parameter can take: its default first, then every sample its codec accepts. */
export function validValues<T>(param: ParamSpec<T>, context: ParamContext): T[] {
  const fallback = param.fallback(context);
  const values: T[] = [fallback];
  for (const sample of param.codec.samples?.(context) ?? []) {
    const raw = param.codec.serialize(sample);
    if (raw === '' || param.codec.parse(raw, context).kind !== 'valid') continue;
    if (!values.some((v) => param.codec.equals(v, sample))) values.push(sample);
  }
  return values;
}

/**
 * Views to test: all defaults; each parameter through each of its values with the rest at their
 * defaults; and "every parameter away from its default" in a few rotations.
 */
export function generateViews<V>(spec: ViewSpec<V>, context: ParamContext): V[] {
  const keys = Object.keys(spec) as (keyof V & string)[];
  const values = new Map(keys.map((key) => [key, validValues(spec[key] as ParamSpec<unknown>, context)]));
  const base = {} as V;
  for (const key of keys) base[key] = spec[key].fallback(context);
  const views: V[] = [base];
  for (const key of keys) {
    for (const value of (values.get(key) ?? []).slice(1)) views.push({ ...base, [key]: value });
  }
  const rotations = Math.max(0, ...keys.map((key) => (values.get(key)?.length ?? 1) - 1));
  for (let r = 0; r < rotations; r += 1) {
    const view = { ...base };
    for (const key of keys) {
      const options = values.get(key) ?? [];
      if (options.length > 1) view[key] = options[1 + (r % (options.length - 1))] as V[typeof key];
    }
    views.push(view);
  }
  return views;
}

export interface RoundTripReport {
  views: number;
  /** Parameters with no value other than their default (their codec gives no usable samples). */
  untested: string[];
}

/** Asserts the round trip for every generated view; returns what was covered. */
export function expectRoundTrip<V>(
  spec: ViewSpec<V>,
  context: ParamContext = fixtureContext(),
): RoundTripReport {
  const views = generateViews(spec, context);
  for (const view of views) {
    for (const isPinned of [false, true]) {
      const query = serializeView(spec, view, context, { isPinned });
      const parsed = parseView(spec, new URLSearchParams(query.toString()), context);
      expect(parsed.notices, `notices for ?${query.toString()}`).toEqual([]);
      expect(parsed.view, `?${query.toString()}`).toEqual(view);
      if ([...query.keys()].length > 0) expect(query.get('v')).toBe('1');
    }
  }
  const untested = (Object.keys(spec) as (keyof V & string)[]).filter(
    (key) => validValues(spec[key] as ParamSpec<unknown>, context).length < 2,
  );
  return { views: views.length, untested };
}

/** True for a value shaped like a ViewSpec: every entry has a codec, a fallback and a label. */
export function isViewSpec(value: unknown): value is ViewSpec<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return (
    entries.length > 0 &&
    entries.every(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { fallback?: unknown }).fallback === 'function' &&
        typeof (entry as { label?: unknown }).label === 'string' &&
        typeof (entry as { codec?: { parse?: unknown } }).codec?.parse === 'function',
    )
  );
}

// d3-scale in this app interpolates through src/charts/numericInterpolate.ts (a build plugin in
// vite.config.ts): numbers exactly as d3-interpolate gives them, anything else refused out loud.
import * as d3 from 'd3-interpolate';
import { scaleLinear, scaleSqrt } from 'd3';
import { describe, expect, it } from 'vitest';
import * as ours from '../../../src/charts/numericInterpolate.ts';

const PAIRS: [number, number][] = [
  [0, 640],
  [640, 0],
  [-3.5, 12.25],
  [1e-9, 1e9],
  [42, 42],
];
const TS = [0, 0.1, 0.25, 1 / 3, 0.5, 0.77, 1, 1.5, -0.2];

describe('the numbers-only d3-interpolate', () => {
  it('gives what d3-interpolate gives for numbers', () => {
    for (const [a, b] of PAIRS) {
      for (const t of TS) {
        expect(ours.interpolate(a, b)(t)).toBe(d3.interpolate(a, b)(t));
        expect(ours.interpolateNumber(a, b)(t)).toBe(d3.interpolateNumber(a, b)(t));
        expect(ours.interpolateRound(a, b)(t)).toBe(d3.interpolateRound(a, b)(t));
      }
    }
    const stops = [0, 10, 40, 41];
    for (const t of TS) {
      expect(ours.piecewise(ours.interpolateNumber, stops)(t)).toBe(
        d3.piecewise(d3.interpolateNumber, stops)(t),
      );
    }
  });

  it('refuses colours and strings instead of drawing them wrong', () => {
    expect(() => ours.interpolate('#fff', '#000')).toThrow(/numbers only/);
    expect(() => scaleLinear<string>().range(['red', 'blue'])(0.5)).toThrow(/numbers only/);
  });

  it('is what the app’s d3 scales use', () => {
    const x = scaleLinear().domain([0, 10]).range([0, 640]);
    expect(x(2.5)).toBe(160);
    expect(x.invert(480)).toBe(7.5);
    expect(scaleSqrt().domain([0, 100]).range([0, 20])(25)).toBe(10);
    expect(scaleLinear().domain([0, 3]).range([0, 100]).interpolate(ours.interpolateRound)(1)).toBe(33);
  });
});

// Stands in for d3-interpolate in the build (vite.config.ts and vitest.config.ts alias the package
// here). d3-scale asks d3-interpolate for `interpolate`, which reads colours, strings, dates and
// objects too, and so brings all of d3-color into every chart's first load (~4 kB gzip). Every scale
// in this app maps numbers to numbers (pixels, radii), so these interpolate numbers only — as
// d3-interpolate does for numbers, digit for digit — and refuse anything else loudly, so that a colour
// scale added later fails in its tests instead of drawing wrong.

type Interpolator = (t: number) => number;

function numeric(value: unknown, what: string): number {
  if (typeof value === 'number' || value instanceof Number) return Number(value);
  throw new TypeError(
    `${what}: the app's d3-interpolate (src/charts/numericInterpolate.ts) interpolates numbers only, not ${typeof value} ${String(value)}.`,
  );
}

export function interpolateNumber(a: unknown, b: unknown): Interpolator {
  const x = numeric(a, 'interpolateNumber');
  const y = numeric(b, 'interpolateNumber');
  return (t) => x * (1 - t) + y * t;
}

export function interpolateRound(a: unknown, b: unknown): Interpolator {
  const x = numeric(a, 'interpolateRound');
  const y = numeric(b, 'interpolateRound');
  return (t) => Math.round(x * (1 - t) + y * t);
}

/** d3's generic interpolate, for numbers: a constant when the end is not a number it can read. */
export function interpolate(a: unknown, b: unknown): Interpolator {
  return interpolateNumber(a, b);
}

/** d3's piecewise: one interpolator across several stops. */
export function piecewise(
  first: ((a: unknown, b: unknown) => Interpolator) | readonly unknown[],
  stops?: readonly unknown[],
): Interpolator {
  const between = typeof first === 'function' ? first : interpolate;
  const values = typeof first === 'function' ? (stops ?? []) : first;
  const n = values.length - 1;
  const parts: Interpolator[] = [];
  for (let i = 0; i < n; i++) parts.push(between(values[i], values[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    const part = parts[i];
    return part ? part(t - i) : Number.NaN;
  };
}

import { monthOrdinal } from '../data/selectors/months.ts';

/** One series aligned to the month axis; null is a month without data (a gap), never 0. */
export interface TimeSeries {
  id: string;
  label: string;
  values: readonly (number | null)[];
  /** A CSS colour; defaults to the palette by position. */
  color?: string;
  /**
   * The values as read out (tooltip, announcement) where they differ from the drawn ones: a stacked
   * layer the source does not report in a month is drawn at zero height, but reads "no data" (null
   * here), as the table and the description say.
   */
  readings?: readonly (number | null)[];
}

/** Inclusive range of month indexes. */
export interface IndexRange {
  from: number;
  to: number;
}

export interface SegmentPoint {
  index: number;
  value: number;
}

export type ScaleType = 'linear' | 'log';

function isDrawable(value: number | null | undefined, scaleType: ScaleType): value is number {
  if (value === null || value === undefined || !Number.isFinite(value)) return false;
  return scaleType === 'log' ? value > 0 : true;
}

/**
 * The visible month indexes for a [fromMonth, toMonth] choice, clamped to the axis. A reversed range is
 * read the right way round; a range entirely outside the axis (or an empty axis) gives null.
 */
export function visibleIndexRange(
  months: readonly string[],
  range?: readonly [string, string] | null,
): IndexRange | null {
  const first = months[0];
  if (first === undefined) return null;
  const last = months.length - 1;
  if (!range) return { from: 0, to: last };
  const base = monthOrdinal(first);
  const a = monthOrdinal(range[0]) - base;
  const b = monthOrdinal(range[1]) - base;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi < 0 || lo > last) return null;
  return { from: Math.max(0, lo), to: Math.min(last, hi) };
}

/** Clamp an index range to an axis of `count` months, keeping from ≤ to. */
export function clampIndexRange(range: IndexRange, count: number): IndexRange | null {
  if (count <= 0) return null;
  const from = Math.min(Math.max(0, Math.min(range.from, range.to)), count - 1);
  const to = Math.min(Math.max(0, Math.max(range.from, range.to)), count - 1);
  return { from, to };
}

/**
 * Runs of drawable values within the range. A null (or, on a log scale, a value ≤ 0 that cannot be
 * placed) ends a segment, so the line shows a break instead of bridging the gap or diving to 0.
 */
export function lineSegments(
  values: readonly (number | null)[],
  range: IndexRange,
  scaleType: ScaleType = 'linear',
): SegmentPoint[][] {
  const segments: SegmentPoint[][] = [];
  let current: SegmentPoint[] = [];
  for (let index = range.from; index <= range.to; index += 1) {
    const value = values[index];
    if (isDrawable(value, scaleType)) {
      current.push({ index, value });
    } else if (current.length > 0) {
      segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

/**
 * Value extent for the y axis. Linear starts at 0 (bars and areas of headcounts read from a zero
 * baseline). Log uses positive values only and is guarded: with no positive value it falls back to
 * [1, 10], and a single value gets a decade of room, so the domain is always > 0 and non-empty.
 */
export function valueDomain(
  series: readonly TimeSeries[],
  range: IndexRange,
  scaleType: ScaleType = 'linear',
): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    for (let index = range.from; index <= range.to; index += 1) {
      const value = s.values[index];
      if (!isDrawable(value, scaleType)) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  if (scaleType === 'log') {
    if (!Number.isFinite(min) || !Number.isFinite(max)) return [1, 10];
    if (min === max) return [min / Math.sqrt(10), max * Math.sqrt(10)];
    return [min, max];
  }
  if (!Number.isFinite(max)) return [0, 1];
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  return lo === hi ? [0, 1] : [lo, hi];
}

/**
 * Consecutive months with no data. 'all': months where every series is null (a month with no report);
 * 'any': months where at least one series is null (a stack cannot be drawn there).
 */
export function gapRanges(
  series: readonly { values: readonly (number | null)[] }[],
  range: IndexRange,
  mode: 'all' | 'any' = 'all',
): IndexRange[] {
  if (series.length === 0) return [];
  const gaps: IndexRange[] = [];
  let start: number | null = null;
  for (let index = range.from; index <= range.to; index += 1) {
    const missing = series.map((s) => {
      const v = s.values[index];
      return v === null || v === undefined || !Number.isFinite(v);
    });
    const isGap = mode === 'all' ? missing.every(Boolean) : missing.some(Boolean);
    if (isGap && start === null) start = index;
    if (!isGap && start !== null) {
      gaps.push({ from: start, to: index - 1 });
      start = null;
    }
  }
  if (start !== null) gaps.push({ from: start, to: range.to });
  return gaps;
}

/** The last drawable value of a series within the range (where its end label belongs). */
export function lastPoint(
  values: readonly (number | null)[],
  range: IndexRange,
  scaleType: ScaleType = 'linear',
): SegmentPoint | null {
  for (let index = range.to; index >= range.from; index -= 1) {
    const value = values[index];
    if (isDrawable(value, scaleType)) return { index, value };
  }
  return null;
}

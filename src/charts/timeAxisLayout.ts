import { scaleLinear, type ScaleLinear } from 'd3';
import type { AxisTick } from './axisTick.ts';
import { horizontalTicksFit } from './axisTick.ts';
import { formatMonthShort, monthParts } from './monthFormat.ts';
import type { IndexRange } from './timeSeriesModel.ts';

export interface TimeAxisLayout {
  /** Month index → x pixel. Linear in index: months are evenly spaced on the axis. */
  scale: ScaleLinear<number, number>;
  ticks: AxisTick[];
  /** Pixels per month. */
  monthWidth: number;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50] as const;
const MONTH_STEPS = [1, 2, 3, 6] as const;

/**
 * Month index scale and non-colliding ticks for a plot `width` pixels wide. Tick density follows the
 * width: years every 1, 2, 5, 10… (the densest whose labels keep TICK_LABEL_GAP apart), at 320 px as
 * at 1600 px; short ranges (under two years) tick every 1, 2, 3, 6 or 12 months instead.
 */
export function timeAxisLayout(
  months: readonly string[],
  range: IndexRange,
  width: number,
  fontSize = 12,
): TimeAxisLayout {
  const domain: [number, number] =
    range.from === range.to ? [range.from - 0.5, range.to + 0.5] : [range.from, range.to];
  const scale = scaleLinear()
    .domain(domain)
    .range([0, Math.max(0, width)]);
  const monthWidth = Math.abs(scale(domain[0] + 1) - scale(domain[0]));
  const first = months[range.from];
  if (first === undefined || width <= 0) return { scale, ticks: [], monthWidth };

  const span = range.to - range.from + 1;
  const firstParts = monthParts(first);

  const yearTicks = (step: number): AxisTick[] => {
    const ticks: AxisTick[] = [];
    // Index of January of the first visible year; January ticks read as "the year starts here".
    const januaryOffset = (12 - (firstParts.month - 1)) % 12;
    for (let index = range.from + januaryOffset; index <= range.to; index += 12) {
      const year = firstParts.year + Math.round((index - range.from + firstParts.month - 1) / 12);
      if (year % step === 0) ticks.push({ value: index, offset: scale(index), label: String(year) });
    }
    return ticks;
  };
  const monthTicks = (step: number): AxisTick[] => {
    const ticks: AxisTick[] = [];
    for (let index = range.from; index <= range.to; index += 1) {
      const month = months[index];
      if (month !== undefined && (monthParts(month).month - 1) % step === 0) {
        ticks.push({ value: index, offset: scale(index), label: formatMonthShort(month) });
      }
    }
    return ticks;
  };

  // The densest step whose labels keep their distance, checked with the anchors the Axis will use.
  const candidates: (() => AxisTick[])[] =
    span >= 24
      ? YEAR_STEPS.map((step) => () => yearTicks(step))
      : [...MONTH_STEPS.map((step) => () => monthTicks(step)), () => monthTicks(12)];
  let ticks: AxisTick[] = [];
  for (const candidate of candidates) {
    ticks = candidate();
    if (horizontalTicksFit(ticks, width, fontSize)) break;
  }
  if (!horizontalTicksFit(ticks, width, fontSize)) ticks = ticks.slice(0, 1);
  return { scale, ticks, monthWidth };
}

/** Nearest month index to an x pixel, by arithmetic on the linear scale (O(1)), clamped to the range. */
export function indexAtX(scale: ScaleLinear<number, number>, range: IndexRange, x: number): number {
  const index = Math.round(scale.invert(x));
  return Math.min(range.to, Math.max(range.from, index));
}

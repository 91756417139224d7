import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import type { AxisTick } from './axisTick.ts';
import { horizontalTicksFit, TICK_LABEL_GAP } from './axisTick.ts';
import { estimateTextWidth } from './textWidth.ts';
import type { ScaleType } from './timeSeriesModel.ts';
import { tickFormatter, type ValueFormatKind } from './valueFormat.ts';

export interface ValueAxisOptions {
  domain: readonly [number, number];
  scaleType: ScaleType;
  /** Pixel range, e.g. [plotHeight, 0] for a y axis (values grow upwards). */
  range: readonly [number, number];
  orientation: 'vertical' | 'horizontal';
  format: ValueFormatKind;
  fontSize?: number;
  /** Whole-number ticks only (headcounts, deaths): no tick at 0.5 of a person. */
  isCount?: boolean;
}

export interface ValueAxisLayout {
  scale: ScaleContinuousNumeric<number, number>;
  ticks: AxisTick[];
  /** Widest tick label, so the chart can size its margin. */
  maxLabelWidth: number;
}

function logTicks(domain: readonly [number, number], withMinor: boolean): number[] {
  const lo = Math.floor(Math.log10(domain[0]));
  const hi = Math.ceil(Math.log10(domain[1]));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e += 1) {
    for (const m of withMinor ? [1, 2, 5] : [1]) {
      const v = m * 10 ** e;
      if (v >= domain[0] * (1 - 1e-9) && v <= domain[1] * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}

/** Whole-number ticks: the linear ticks that are integers, or every integer when fewer than two are. */
function countTicks(domain: readonly [number, number], ticks: readonly number[]): number[] {
  const whole = ticks.filter((t) => Number.isInteger(t));
  if (whole.length >= 2) return whole;
  const out: number[] = [];
  for (let v = Math.ceil(domain[0]); v <= Math.floor(domain[1]); v += 1) out.push(v);
  return out;
}

function fits(
  ticks: readonly AxisTick[],
  orientation: 'vertical' | 'horizontal',
  fontSize: number,
  length: number,
): boolean {
  if (orientation === 'vertical') {
    return ticks.every(
      (tick, i) =>
        i === 0 || Math.abs(tick.offset - (ticks[i - 1]?.offset ?? -Infinity)) >= fontSize + TICK_LABEL_GAP,
    );
  }
  return horizontalTicksFit(ticks, length, fontSize);
}

/**
 * A value scale and the densest set of ticks whose labels do not collide along `range`: the tick count
 * starts from the length in pixels and comes down until labels keep TICK_LABEL_GAP apart.
 */
export function valueAxisLayout(options: ValueAxisOptions): ValueAxisLayout {
  const { scaleType, range, orientation, format, fontSize = 12 } = options;
  const length = Math.abs(range[1] - range[0]);
  const isLog = scaleType === 'log';
  let domain: [number, number] = [options.domain[0], options.domain[1]];
  if (isLog) {
    const lo = domain[0] > 0 ? domain[0] : 1;
    const hi = domain[1] > lo ? domain[1] : lo * 10;
    domain = [lo, hi];
  } else if (!(domain[1] > domain[0])) {
    domain = [domain[0], domain[0] + 1];
  }

  const build = (
    count: number,
    withMinor: boolean,
  ): { scale: ValueAxisLayout['scale']; ticks: AxisTick[] } => {
    const scale = isLog
      ? scaleLog().domain(domain).range([range[0], range[1]]).nice()
      : scaleLinear().domain(domain).range([range[0], range[1]]).nice(count);
    const values = isLog
      ? logTicks(scale.domain() as [number, number], withMinor)
      : options.isCount
        ? countTicks(scale.domain() as [number, number], scale.ticks(count))
        : scale.ticks(count);
    const formatTick = tickFormatter(format, values, isLog);
    return { scale, ticks: values.map((v) => ({ value: v, offset: scale(v), label: formatTick(v) })) };
  };

  const perTick = orientation === 'vertical' ? 40 : 80;
  const ideal = Math.max(2, Math.min(10, Math.floor(length / perTick)));
  let chosen = build(ideal, true);
  if (isLog) {
    if (!fits(chosen.ticks, orientation, fontSize, length)) chosen = build(ideal, false);
    // Many decades in little room: keep every other power of ten.
    while (!fits(chosen.ticks, orientation, fontSize, length) && chosen.ticks.length > 2) {
      chosen = { scale: chosen.scale, ticks: chosen.ticks.filter((_, i) => i % 2 === 0) };
    }
  } else {
    for (let count = ideal; count >= 1; count -= 1) {
      chosen = build(count, false);
      if (fits(chosen.ticks, orientation, fontSize, length)) break;
    }
  }
  const maxLabelWidth = Math.max(0, ...chosen.ticks.map((t) => estimateTextWidth(t.label, fontSize)));
  return { scale: chosen.scale, ticks: chosen.ticks, maxLabelWidth };
}

/**
 * A rank axis: reversed (rank 1 at the top), whole-number ticks that always include 1 and never 0.
 * The tick step is the smallest of 1, 2, 5, 10, 20… whose labels keep `fontSize + 6` px apart.
 */
export function rankAxisLayout(worst: number, plotHeight: number, fontSize = 12): ValueAxisLayout {
  const bottom = Math.max(2, Math.ceil(worst));
  const scale = scaleLinear().domain([1, bottom]).range([0, plotHeight]);
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
  let step = steps[steps.length - 1] ?? 500;
  for (const s of steps) {
    if ((plotHeight / Math.max(1, bottom - 1)) * s >= fontSize + 6) {
      step = s;
      break;
    }
  }
  const values: number[] = [1];
  for (let v = step; v <= bottom; v += step) if (v > 1) values.push(v);
  // Keep 1 readable: drop a neighbour that would sit on top of it.
  const ticks: AxisTick[] = values
    .filter((v, i) => i === 0 || scale(v) - scale(1) >= fontSize + 2)
    .map((v) => ({ value: v, offset: scale(v), label: String(v) }));
  const maxLabelWidth = Math.max(0, ...ticks.map((t) => estimateTextWidth(t.label, fontSize)));
  return { scale, ticks, maxLabelWidth };
}

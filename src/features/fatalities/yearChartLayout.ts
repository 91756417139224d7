// Pixel layout for the view's year-by-year charts: margins, the value axis (from the kit) and year
// ticks dense enough to read but never colliding. Pure, so tests run it without a DOM.
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import { horizontalTicksFit, type AxisTick } from '../../charts/axisTick.ts';
import { estimateTextWidth } from '../../charts/textWidth.ts';
import { valueAxisLayout, type ValueAxisLayout } from '../../charts/valueAxisLayout.ts';
import type { ValueFormatKind } from '../../charts/valueFormat.ts';

const YEAR_STEPS = [1, 2, 5, 10, 20, 50] as const;

/** Height when the view sets none: readable from a phone to a wide screen (as the kit's time charts). */
export function yearChartHeight(width: number): number {
  return Math.round(Math.min(460, Math.max(260, width * 0.55)));
}

/** Year ticks at every 1, 2, 5, 10… years: the densest whose labels keep their distance. */
export function yearTicks(
  years: readonly number[],
  position: (year: number) => number,
  width: number,
  fontSize = 12,
): AxisTick[] {
  let ticks: AxisTick[] = [];
  for (const step of YEAR_STEPS) {
    ticks = years
      .filter((y) => y % step === 0)
      .map((y) => ({ value: y, offset: position(y), label: String(y) }));
    if (horizontalTicksFit(ticks, width, fontSize)) return ticks;
  }
  return ticks.slice(0, 1);
}

export interface YearChartFrame {
  margin: { top: number; right: number; bottom: number; left: number };
  plotWidth: number;
  plotHeight: number;
  y: ValueAxisLayout;
}

function frame(options: {
  width: number;
  height: number;
  yMax: number;
  format: ValueFormatKind;
  hasYTitle: boolean;
  right: number;
  /** Deaths: whole-number ticks only. */
  isCount?: boolean;
}): YearChartFrame {
  const top = options.hasYTitle ? 28 : 14;
  const bottom = 28;
  const plotHeight = Math.max(40, options.height - top - bottom);
  const y = valueAxisLayout({
    domain: [0, options.yMax > 0 ? options.yMax : 1],
    scaleType: 'linear',
    range: [plotHeight, 0],
    orientation: 'vertical',
    format: options.format,
    isCount: options.isCount ?? false,
  });
  const left = Math.ceil(y.maxLabelWidth + 10);
  const plotWidth = Math.max(40, options.width - left - options.right);
  return { margin: { top, right: options.right, bottom, left }, plotWidth, plotHeight, y };
}

export interface YearBarLayout extends YearChartFrame {
  x: ScaleBand<number>;
  xTicks: AxisTick[];
}

export function yearBarLayout(options: {
  width: number;
  height: number;
  years: readonly number[];
  yMax: number;
  hasYTitle: boolean;
}): YearBarLayout {
  const base = frame({ ...options, format: 'number', right: 12, isCount: true });
  const x = scaleBand<number>()
    .domain(options.years)
    .range([0, base.plotWidth])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const centre = (year: number) => (x(year) ?? 0) + x.bandwidth() / 2;
  return { ...base, x, xTicks: yearTicks(options.years, centre, base.plotWidth) };
}

export interface YearLineLayout extends YearChartFrame {
  x: ScaleLinear<number, number>;
  xTicks: AxisTick[];
}

export function yearLineLayout(options: {
  width: number;
  height: number;
  years: readonly number[];
  yMax: number;
  hasYTitle: boolean;
  endLabels: readonly string[];
  format: ValueFormatKind;
}): YearLineLayout {
  const widest = Math.max(0, ...options.endLabels.map((t) => estimateTextWidth(t)));
  const maxRight = Math.max(48, Math.floor(options.width * (options.width < 480 ? 0.3 : 0.25)));
  const right = options.endLabels.length === 0 ? 16 : Math.min(maxRight, Math.ceil(widest * 1.1 + 24));
  const base = frame({ ...options, right });
  const first = options.years[0] ?? 0;
  const last = options.years[options.years.length - 1] ?? first + 1;
  const x = scaleLinear()
    .domain(first === last ? [first - 0.5, last + 0.5] : [first, last])
    .range([0, base.plotWidth]);
  return { ...base, x, xTicks: yearTicks(options.years, (y) => x(y), base.plotWidth) };
}

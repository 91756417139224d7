// Model and layout of a claim's evidence chart: one monthly series, its gaps, and the quoted figure as
// a reference line. Deliberately free of d3: the chart is the claims page's first, and only, drawing,
// and its code is part of that page's first load.
import { horizontalTicksFit, type AxisTick } from '../../charts/axisTick.ts';
import { estimateTextWidth } from '../../charts/textWidth.ts';
import { monthLabel } from '../../data/selectors/months.ts';

export interface EvidenceLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plotWidth: number;
  plotHeight: number;
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  /** One path per run of months with a value (a missing month breaks the line). */
  paths: string[];
  /** Runs of months without a value, as x spans in pixels, with their months in words. */
  gaps: { x: number; width: number; label: string }[];
  reference: { y: number; label: string } | null;
}

const STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** Integer ticks from 0 to at least `max`, at the smallest step that gives at most `count` ticks. */
export function countTicks(max: number, count = 6): number[] {
  const top = Math.max(1, max);
  const step = STEPS.find((s) => Math.ceil(top / s) + 1 <= count) ?? Math.ceil(top / (count - 1));
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}

export function evidenceLayout(options: {
  width: number;
  height: number;
  months: readonly string[];
  values: readonly (number | null)[];
  reference?: { label: string; value: number };
  hasYTitle?: boolean;
}): EvidenceLayout {
  const { width, height, months, values, reference } = options;
  const max = Math.max(reference?.value ?? 0, ...values.map((v) => v ?? 0));
  const yValues = countTicks(max);
  const yMax = yValues[yValues.length - 1] ?? 1;
  const top = options.hasYTitle ? 24 : 10;
  const bottom = 26;
  const left = Math.ceil(Math.max(...yValues.map((v) => estimateTextWidth(String(v)))) + 10);
  const right = 12;
  const plotWidth = Math.max(40, width - left - right);
  const plotHeight = Math.max(40, height - top - bottom);
  const n = Math.max(1, months.length - 1);
  const x = (i: number) => (i / n) * plotWidth;
  const y = (v: number) => plotHeight - (v / yMax) * plotHeight;
  const round = (v: number) => Math.round(v * 10) / 10;

  const yTicks = yValues.map((v) => ({ value: v, offset: y(v), label: String(v) }));
  const januaries = months.flatMap((m, i) =>
    m.slice(5, 7) === '01' ? [{ i, year: Number(m.slice(0, 4)) }] : [],
  );
  let xTicks: AxisTick[] = [];
  for (const step of [1, 2, 5, 10]) {
    xTicks = januaries
      .filter((j) => j.year % step === 0)
      .map((j) => ({ value: j.i, offset: x(j.i), label: String(j.year) }));
    if (horizontalTicksFit(xTicks, plotWidth)) break;
  }

  const paths: string[] = [];
  const gaps: EvidenceLayout['gaps'] = [];
  let run: string[] = [];
  let gapStart: number | null = null;
  const closeGap = (end: number) => {
    if (gapStart === null) return;
    const x0 = Math.max(0, x(gapStart - 0.5));
    const x1 = Math.min(plotWidth, x(end + 0.5));
    const first = monthLabel(months[gapStart] ?? '');
    const last = monthLabel(months[end] ?? '');
    gaps.push({
      x: round(x0),
      width: round(Math.max(2, x1 - x0)),
      label: `no data: ${first === last ? first : `${first} – ${last}`}`,
    });
    gapStart = null;
  };
  values.forEach((v, i) => {
    if (v === null || v === undefined) {
      if (run.length > 0) paths.push(run.join(''));
      run = [];
      if (gapStart === null) gapStart = i;
      return;
    }
    closeGap(i - 1);
    run.push(`${run.length === 0 ? 'M' : 'L'}${round(x(i))},${round(y(v))}`);
  });
  if (run.length > 0) paths.push(run.join(''));
  closeGap(values.length - 1);

  return {
    width,
    height,
    margin: { top, right, bottom, left },
    plotWidth,
    plotHeight,
    xTicks,
    yTicks,
    paths,
    gaps,
    reference: reference ? { y: y(reference.value), label: reference.label } : null,
  };
}

/** One paragraph for the svg's description and the caption, from the series itself. */
export function describeEvidence(options: {
  what: string;
  months: readonly string[];
  values: readonly (number | null)[];
  reference?: { value: number };
}): string {
  const { what, months, values, reference } = options;
  const first = months[0];
  const lastIndex = values.map((v) => v !== null).lastIndexOf(true);
  if (!first || lastIndex < 0) return `${what}: no data to show.`;
  const missing = values.filter((v) => v === null).length;
  const max = Math.max(...values.map((v) => v ?? -Infinity));
  const maxMonth = months[values.indexOf(max)] ?? first;
  const atReference = reference ? values.filter((v) => v === reference.value).length : 0;
  return (
    `Line of ${what}, monthly from ${monthLabel(first)} to ${monthLabel(months[months.length - 1] ?? first)}. ` +
    `Latest: ${values[lastIndex]} (${monthLabel(months[lastIndex] ?? first)}); highest ${max} (first in ${monthLabel(maxMonth)}). ` +
    (reference
      ? `A dashed line marks ${reference.value}, the figure quoted; the data show exactly ${reference.value} in ${atReference} months. `
      : '') +
    (missing > 0 ? `${missing} months have no value and break the line.` : '')
  );
}

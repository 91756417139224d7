import { monthOrdinal } from '../data/selectors/months.ts';
import type { IndexRange } from './timeSeriesModel.ts';

/** A target that holds for a span of months (inclusive), e.g. one year of a parity strategy. */
export interface ReferenceStep {
  from: string;
  to: string;
  value: number;
}

export interface ReferenceSeries {
  id: string;
  label: string;
  steps: readonly ReferenceStep[];
}

/** A step in month-index space; from/to are the band edges (half a month either side of the months). */
export interface ReferenceSpan {
  from: number;
  to: number;
  value: number;
}

/**
 * Yearly targets as steps from January to December of each year. Only the years given are drawn:
 * a year without a recorded target stays blank instead of being interpolated.
 */
export function yearlySteps(targets: readonly { year: number; value: number }[]): ReferenceStep[] {
  return targets.map(({ year, value }) => ({
    from: `${year}-01-31`,
    to: `${year}-12-31`,
    value,
  }));
}

/**
 * Steps clipped to the visible range, grouped into runs of touching steps (each run draws as one
 * stepped path; a missing year breaks it).
 */
export function referenceRuns(
  months: readonly string[],
  steps: readonly ReferenceStep[],
  range: IndexRange,
): ReferenceSpan[][] {
  const first = months[0];
  if (first === undefined) return [];
  const base = monthOrdinal(first);
  const lo = range.from - 0.5;
  const hi = range.to + 0.5;
  const spans = steps
    .map((step) => ({
      from: Math.max(lo, monthOrdinal(step.from) - base - 0.5),
      to: Math.min(hi, monthOrdinal(step.to) - base + 0.5),
      value: step.value,
    }))
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from - b.from);

  const runs: ReferenceSpan[][] = [];
  for (const span of spans) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && Math.abs(previous.to - span.from) < 1e-9) run.push(span);
    else runs.push([span]);
  }
  return runs;
}

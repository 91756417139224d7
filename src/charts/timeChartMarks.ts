// Pixel geometry every time chart shares: the clamped visible range, gap bands, stepped reference
// lines and end labels. Pure; the composed charts (LineChart, StackedAreaChart) call these.
import { useMemo } from 'react';
import type { EndLabelMark } from './EndLabelMarks.tsx';
import type { GapMark } from './GapMarks.tsx';
import type { PlacedLabel } from './lineLabelLayout.ts';
import { formatMonthSpan } from './monthFormat.ts';
import { referenceRuns, type ReferenceSeries } from './referenceStepModel.ts';
import type { ReferenceLineMark } from './ReferenceLines.tsx';
import { clampIndexRange, type IndexRange } from './timeSeriesModel.ts';

type Scale = (value: number) => number;

/** The requested month range clamped to the axis; every month when none is requested. */
export function useClampedRange(requested: IndexRange | undefined, monthCount: number): IndexRange {
  const from = requested?.from;
  const to = requested?.to;
  return useMemo(
    () =>
      clampIndexRange({ from: from ?? 0, to: to ?? monthCount - 1 }, monthCount) ?? {
        from: 0,
        to: 0,
      },
    [from, to, monthCount],
  );
}

export const defaultGapLabel = (from: string, to: string): string => `no data: ${formatMonthSpan(from, to)}`;

/** x of a month index, kept inside the plot. */
const clampedX = (x: Scale, plotWidth: number) => (index: number) =>
  Math.min(plotWidth, Math.max(0, x(index)));

/** A band per run of months without data, at least 3 px wide so a one-month gap stays visible. */
export function gapMarks(
  gaps: readonly IndexRange[],
  months: readonly string[],
  x: Scale,
  plotWidth: number,
  label: (fromMonth: string, toMonth: string) => string = defaultGapLabel,
): GapMark[] {
  const clampX = clampedX(x, plotWidth);
  return gaps.map((g) => {
    const x0 = clampX(g.from - 0.5);
    const x1 = clampX(g.to + 0.5);
    const w = Math.max(3, x1 - x0);
    return {
      x: Math.max(0, Math.min(plotWidth - w, (x0 + x1) / 2 - w / 2)),
      width: w,
      label: label(months[g.from] ?? '', months[g.to] ?? ''),
    };
  });
}

/** Reference values inside the range (for the value domain), positive only on a log axis. */
export function referenceValues(
  references: readonly ReferenceSeries[],
  months: readonly string[],
  range: IndexRange,
  isLog: boolean,
): number[] {
  return references
    .flatMap((r) =>
      referenceRuns(months, r.steps, range)
        .flat()
        .map((span) => span.value),
    )
    .filter((v) => (isLog ? v > 0 : Number.isFinite(v)));
}

/** Stepped dashed lines, each run labelled at its right end, above the line. */
export function referenceMarks(
  references: readonly ReferenceSeries[],
  months: readonly string[],
  range: IndexRange,
  x: Scale,
  y: Scale,
  plotWidth: number,
): ReferenceLineMark[] {
  const clampX = clampedX(x, plotWidth);
  return references.flatMap((r) =>
    referenceRuns(months, r.steps, range).map((run, runIndex) => {
      const points = run.flatMap((span) => [
        { x: clampX(span.from), y: y(span.value) },
        { x: clampX(span.to), y: y(span.value) },
      ]);
      const last = points[points.length - 1] ?? { x: 0, y: 0 };
      return {
        id: `${r.id}-${runIndex}`,
        label: r.label,
        points,
        labelX: last.x,
        labelY: last.y - 4,
        labelAnchor: 'end' as const,
      };
    }),
  );
}

/** The visible placed labels as marks in the right margin, coloured as their series. */
export function endLabelMarks(
  labels: readonly (PlacedLabel & { text: string })[],
  colorOf: (id: string) => string,
  plotWidth: number,
  highlightedIds?: readonly string[],
): EndLabelMark[] {
  return labels
    .filter((l) => l.isVisible)
    .map((l) => ({
      id: l.id,
      text: l.text,
      color: colorOf(l.id),
      x: plotWidth + 4,
      y: l.y,
      ...(highlightedIds ? { isHighlighted: highlightedIds.includes(l.id) } : {}),
    }));
}

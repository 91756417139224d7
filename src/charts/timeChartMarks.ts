// Pixel geometry every time chart shares: the clamped visible range, gap bands and end labels. Pure;
// the composed charts (LineChart, StackedAreaChart) call these. Stepped reference lines: referenceMarks.ts.
import { useMemo } from 'react';
import type { EndLabelMark } from './EndLabelMarks.tsx';
import type { GapMark } from './GapMarks.tsx';
import type { PlacedLabel } from './lineLabelLayout.ts';
import { formatMonthSpan } from './monthFormat.ts';
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

/** The visible placed labels as marks in the right margin, coloured as their series. */
export function endLabelMarks(
  labels: readonly (PlacedLabel & { text: string; lines?: string[] })[],
  colorOf: (id: string) => string,
  plotWidth: number,
  highlightedIds?: readonly string[],
): EndLabelMark[] {
  return labels
    .filter((l) => l.isVisible)
    .map((l) => ({
      id: l.id,
      text: l.text,
      ...(l.lines && l.lines.length > 1 ? { lines: l.lines } : {}),
      color: colorOf(l.id),
      x: plotWidth + 4,
      y: l.y,
      ...(highlightedIds ? { isHighlighted: highlightedIds.includes(l.id) } : {}),
    }));
}

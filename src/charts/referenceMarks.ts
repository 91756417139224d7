// Stepped reference lines (yearly targets) in pixels: their values for the domain and their placed
// labels. Only the views that draw references load this (through lineOverlays.tsx and MarkedLineChart).
import { estimateTextWidth } from './textWidth.ts';
import { referenceRuns, type ReferenceSeries } from './referenceStepModel.ts';
import type { ReferenceLineMark } from './ReferenceLines.tsx';
import type { IndexRange } from './timeSeriesModel.ts';

type Scale = (value: number) => number;

/** x of a month index, kept inside the plot. */
const clampedX = (x: Scale, plotWidth: number) => (index: number) =>
  Math.min(plotWidth, Math.max(0, x(index)));

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

/**
 * Stepped dashed lines, each run labelled at its right end above the line — or, where the data's lines
 * pass through that spot (`obstacles`, in plot pixels), at the first of: below the right end, above or
 * below the left end, that the lines leave free ("2021 target 18%" on a 390 px chart). With no free
 * spot, the one fewest points cross; the label's halo keeps it legible there.
 */
export function referenceMarks(
  references: readonly ReferenceSeries[],
  months: readonly string[],
  range: IndexRange,
  x: Scale,
  y: Scale,
  plotWidth: number,
  obstacles: readonly { x: number; y: number }[] = [],
  fontSize = 11,
  plotHeight = Infinity,
): ReferenceLineMark[] {
  const clampX = clampedX(x, plotWidth);
  return references.flatMap((r) =>
    referenceRuns(months, r.steps, range).map((run, runIndex) => {
      const points = run.flatMap((span) => [
        { x: clampX(span.from), y: y(span.value) },
        { x: clampX(span.to), y: y(span.value) },
      ]);
      const first = points[0] ?? { x: 0, y: 0 };
      const last = points[points.length - 1] ?? { x: 0, y: 0 };
      const width = estimateTextWidth(r.label, fontSize);
      // Right end above, right end below, left end above and below; then the same a line further out.
      const candidates = [0, 1, 2]
        .flatMap((k) => {
          const up = -4 - k * (fontSize + 2);
          const down = fontSize + 2 + k * (fontSize + 2);
          return [
            { labelX: last.x, labelY: last.y + up, labelAnchor: 'end' as const },
            { labelX: last.x, labelY: last.y + down, labelAnchor: 'end' as const },
            { labelX: first.x, labelY: first.y + up, labelAnchor: 'start' as const },
            { labelX: first.x, labelY: first.y + down, labelAnchor: 'start' as const },
          ];
        })
        .filter((c) => (c.labelAnchor === 'end' ? c.labelX - width >= 0 : c.labelX + width <= plotWidth))
        .filter((c, i) => i === 0 || (c.labelY - fontSize >= 0 && c.labelY <= plotHeight));
      const hits = (c: { labelX: number; labelY: number; labelAnchor: 'start' | 'end' }) => {
        const x0 = c.labelAnchor === 'end' ? c.labelX - width : c.labelX;
        const top = c.labelY - fontSize;
        return obstacles.filter(
          (p) => p.x >= x0 - 2 && p.x <= x0 + width + 2 && p.y >= top - 2 && p.y <= c.labelY + 3,
        ).length;
      };
      let best = candidates[0] ?? { labelX: last.x, labelY: last.y - 4, labelAnchor: 'end' as const };
      let fewest = candidates.length > 0 ? hits(best) : 0;
      for (const c of candidates.slice(1)) {
        if (fewest === 0) break;
        const n = hits(c);
        if (n < fewest) {
          best = c;
          fewest = n;
        }
      }
      return { id: `${r.id}-${runIndex}`, label: r.label, points, ...best };
    }),
  );
}

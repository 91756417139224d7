import { estimateTextWidth } from './textWidth.ts';

/** A finished tick: where it sits along its axis (pixels) and what it says. */
export interface AxisTick {
  value: number;
  offset: number;
  label: string;
}

/** Space kept between two tick labels, in pixels. */
export const TICK_LABEL_GAP = 12;

/**
 * Horizontal tick labels are centred, except the outermost ones near an end of the axis, which are
 * anchored inwards so they never stick out of the chart (and never widen the page on a phone).
 */
export function tickLabelAnchor(
  offset: number,
  position: number,
  count: number,
  length: number,
): 'start' | 'middle' | 'end' {
  if (position === 0 && offset < 16) return 'start';
  if (position === count - 1 && length - offset < 16) return 'end';
  return 'middle';
}

/** Left and right edge of a horizontal tick label, given its anchor. */
export function tickLabelExtent(
  offset: number,
  width: number,
  anchor: 'start' | 'middle' | 'end',
): [number, number] {
  if (anchor === 'start') return [offset, offset + width];
  if (anchor === 'end') return [offset - width, offset];
  return [offset - width / 2, offset + width / 2];
}

/** True when horizontal tick labels, placed with the anchors the Axis uses, keep TICK_LABEL_GAP apart. */
export function horizontalTicksFit(ticks: readonly AxisTick[], length: number, fontSize = 12): boolean {
  const extents = ticks.map((tick, i) =>
    tickLabelExtent(
      tick.offset,
      estimateTextWidth(tick.label, fontSize),
      tickLabelAnchor(tick.offset, i, ticks.length, length),
    ),
  );
  return extents.every((extent, i) => {
    const previous = extents[i - 1];
    return !previous || extent[0] - previous[1] >= TICK_LABEL_GAP;
  });
}

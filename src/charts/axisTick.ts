/** A finished tick: where it sits along its axis (pixels) and what it says. */
export interface AxisTick {
  value: number;
  offset: number;
  label: string;
}

/** Space kept between two tick labels, in pixels. */
export const TICK_LABEL_GAP = 12;

import { useCallback, useRef, useState } from 'react';

/** Width used on the server and before the first measurement, so server markup is a sensible chart. */
export const DEFAULT_CHART_WIDTH = 640;

/**
 * The width the last chart measured. A chart mounting later (a view's further charts, a new country)
 * starts from it instead of DEFAULT_CHART_WIDTH: most charts of a page share one column width, and a
 * right first guess saves drawing the chart twice (once at 640 px, again at its real width). With
 * the right width from the start, one Lighthouse mobile run of /deployments measured 1,744 ms of
 * blocking time instead of 1,987 (single runs; Lighthouse's own run-to-run spread is wider).
 */
let lastMeasuredWidth: number | null = null;

/**
 * The content width of an element, kept current with ResizeObserver. Returns a callback ref to put on
 * the element (keep it stable: a new ref function each render would measure again each render). A
 * width of 0 (e.g. inside a hidden tab panel) is ignored so charts keep their last size.
 *
 * The element is measured in the ref callback itself, which React calls in the commit, before paint:
 * a chart whose first guess was right renders once. (Keeping the element in state, as this hook did,
 * rendered every chart a second time as it mounted, only to learn its element.)
 */
export function useElementWidth<T extends HTMLElement = HTMLDivElement>(
  defaultWidth = DEFAULT_CHART_WIDTH,
): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(() =>
    typeof window !== 'undefined' && defaultWidth === DEFAULT_CHART_WIDTH && lastMeasuredWidth !== null
      ? lastMeasuredWidth
      : defaultWidth,
  );
  const stop = useRef<(() => void) | null>(null);

  const ref = useCallback((element: T | null) => {
    stop.current?.();
    stop.current = null;
    if (!element) return;
    const measure = (w: number) => {
      const rounded = Math.floor(w);
      if (rounded <= 0) return;
      lastMeasuredWidth = rounded;
      setWidth((previous) => (previous === rounded ? previous : rounded));
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    let frame: number | null = null;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const w = entry.contentRect.width;
      // Coalesce bursts of resize notifications into one render per frame.
      if (frame !== null) cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = null;
        measure(w);
      });
    });
    observer.observe(element);
    stop.current = () => {
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, []);
  // Unmounting calls the ref with null, which stops the observer.
  return [ref, width];
}

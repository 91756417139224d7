import { startTransition, useCallback, useState } from 'react';

/**
 * Runs `task` once the browser has painted and is idle (or after `timeoutMs` at the latest), so work
 * that can wait — loading a view's further charts — does not delay its first chart. Returns a cancel.
 */
export function afterPaint(task: () => void, timeoutMs = 300): () => void {
  if (typeof window === 'undefined') {
    task();
    return () => undefined;
  }
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

/**
 * A view's further charts wait for its first one. Hand `onFirstChart` to the first chart's section
 * (it calls it from an effect once drawn, and gets back a cancel); `isFirstChartShown` turns true once
 * the browser has painted that chart. The switch is a transition: React renders the further charts in
 * slices of a few milliseconds instead of one long task, so a tap or a scroll on a slow phone is
 * answered while they render (Lighthouse's total blocking time, docs/PERFORMANCE.md).
 */
export function useAfterFirstChart(): [isFirstChartShown: boolean, onFirstChart: () => () => void] {
  const [isFirstChartShown, setFirstChartShown] = useState(false);
  const onFirstChart = useCallback(
    () => afterPaint(() => startTransition(() => setFirstChartShown(true))),
    [],
  );
  return [isFirstChartShown, onFirstChart];
}

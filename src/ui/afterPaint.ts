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
 * Runs `task` just after the next frame is painted (requestAnimationFrame runs before the paint; a
 * timeout set there runs after it), or after `latestMs` when no frame comes (a hidden tab). Returns a
 * cancel. For work that should follow what is already on screen by one frame, not wait for idle time.
 */
export function afterNextPaint(task: () => void, latestMs = 100): () => void {
  if (typeof window === 'undefined' || typeof requestAnimationFrame === 'undefined') {
    task();
    return () => undefined;
  }
  let isDone = false;
  const run = () => {
    if (isDone) return;
    isDone = true;
    task();
  };
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timeout = setTimeout(run, 0);
  });
  const latest = setTimeout(run, latestMs);
  return () => {
    isDone = true;
    cancelAnimationFrame(frame);
    clearTimeout(timeout);
    clearTimeout(latest);
  };
}

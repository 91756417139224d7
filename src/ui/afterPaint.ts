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

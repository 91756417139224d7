import { useEffect } from 'react';

export const HEIGHT_MESSAGE = 'blue-helmets:height';

/** Something is still on its way: a loading line, or a chart slot that has not drawn its figure yet. */
const UNSETTLED = '.loading, [data-drawn="false"]';
/** After this long the height is reported even if something never settles (a hung request, say). */
const SETTLE_TIMEOUT_MS = 8000;

/**
 * Inside an iframe, tells the parent page how tall the content is whenever it changes, so the
 * optional resizer script (public/embed-resize.js) can fit the iframe to it. The height is not
 * secret, hence the '*' target: the embedding page may be on any origin. Never touches window.top.
 *
 * The first report is the final height: nothing is reported while the chart is still loading (its
 * box is only reserved then). Changes are seen by a MutationObserver as well as a ResizeObserver:
 * Chromium does not run the rendering steps (so no ResizeObserver callbacks) of a cross-origin iframe
 * that is off-screen, and an embed further down an article would otherwise keep the reserved height
 * it first reported until the reader scrolled to it, then jump.
 */
export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return undefined;
    let last = -1;
    let isQueued = false;
    let isTimedOut = false;
    const post = () => {
      isQueued = false;
      if (!isTimedOut && document.querySelector(UNSETTLED)) return;
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const queue = () => {
      if (isQueued) return;
      isQueued = true;
      queueMicrotask(post);
    };
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(queue);
    resizes?.observe(document.body);
    const mutations = new MutationObserver(queue);
    mutations.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'data-drawn', 'open', 'hidden'],
    });
    const timeout = setTimeout(() => {
      isTimedOut = true;
      queue();
    }, SETTLE_TIMEOUT_MS);
    queue();
    return () => {
      resizes?.disconnect();
      mutations.disconnect();
      clearTimeout(timeout);
    };
  }, []);
}

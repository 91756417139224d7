import { useEffect } from 'react';

export const HEIGHT_MESSAGE = 'blue-helmets:height';

/**
 * Inside an iframe, tells the parent page how tall the content is whenever it changes, so the
 * optional resizer script (public/embed-resize.js) can fit the iframe to it. The height is not
 * secret, hence the '*' target: the embedding page may be on any origin. Never touches window.top.
 */
export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return undefined;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
}

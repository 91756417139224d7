import { Children, startTransition, useEffect, useState, type ReactNode } from 'react';
import { afterPaint } from './afterPaint.ts';

/**
 * Renders its children (a view's further chart sections) one at a time: the first at once, each next
 * one after the previous has painted, as a transition. Drawing them all in one go was a single task of
 * ~1.5 s on Lighthouse's slowed mobile CPU (total blocking time, docs/PERFORMANCE.md); one section per
 * task keeps the page answering taps and scrolls meanwhile. Sections are added below the ones already
 * on screen, so nothing above them moves.
 */
export function Staggered({ children }: { children: ReactNode }) {
  const sections = Children.toArray(children);
  const [count, setCount] = useState(1);
  useEffect(() => {
    if (count >= sections.length) return undefined;
    return afterPaint(() => startTransition(() => setCount((n) => n + 1)));
  }, [count, sections.length]);
  const isDrawing = count < sections.length;
  return (
    <>
      {sections.slice(0, count)}
      {/* Like every loading notice, marked .loading: tests and readers can tell the page is not complete. */}
      {isDrawing && (
        <p className="loading bh-visually-hidden" role="status">
          Drawing the other charts…
        </p>
      )}
    </>
  );
}

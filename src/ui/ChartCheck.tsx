import { useEffect, useRef, useState, type ReactNode } from 'react';
import { quote } from '../state/params.ts';

/**
 * Views render nothing for a chart id they do not have (`chart=` in an embed, in present mode, or in a
 * playlist slide). Once the view has settled (nothing loading, no error shown) without a single chart,
 * say so in words instead of leaving a blank frame or slide.
 */
export function ChartCheck({
  chart,
  view,
  isTopLevel = false,
  hint,
  children,
}: {
  chart: string | undefined;
  view: string;
  /** The message is the page's main heading (an embed) rather than a section of it. */
  isTopLevel?: boolean;
  /** What to do next, after the standard sentence. */
  hint?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [isMissing, setMissing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!chart || !element) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      if (element.querySelector('figure')) {
        setMissing(false);
        return;
      }
      if (element.querySelector('.loading, .error-panel')) return;
      timer = setTimeout(
        () => setMissing(element.querySelector('figure, .loading, .error-panel') === null),
        500,
      );
    };
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true });
    check();
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [chart]);
  const Heading = isTopLevel ? 'h1' : 'h2';
  return (
    <>
      {isMissing && (
        <div className="error-panel" role="alert" data-testid="missing-chart">
          <Heading>No such chart</Heading>
          <p>
            The {view} view has no chart called {quote(chart ?? '')}. It may have been renamed; the full view
            shows every chart.{hint ? ` ${hint}` : ''}
          </p>
        </div>
      )}
      <div ref={ref} hidden={isMissing}>
        {children}
      </div>
    </>
  );
}

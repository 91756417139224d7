import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * On a landscape screen (a projector) its content is scaled down, never up, to fit between its own top
 * and the bottom of the window, so a whole chart shows without scrolling. A transform does not change
 * layout, so the chart keeps the width it measured and nothing loops. Portrait phones scroll instead.
 */
export function FitToScreen({ children, className }: { children: ReactNode; className?: string }) {
  const innerRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<{ scale: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const inner = innerRef.current;
    if (!inner || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const natural = inner.offsetHeight;
      const available = window.innerHeight - (inner.parentElement?.getBoundingClientRect().top ?? 0) - 12;
      const isLandscape = window.innerWidth > window.innerHeight;
      const scale =
        isLandscape && natural > available && available > 0 ? Math.max(0.25, available / natural) : 1;
      setFit(scale < 1 ? { scale, height: Math.ceil(natural * scale) } : null);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(inner);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  return (
    <div
      className={className ?? 'bh-fit'}
      style={fit ? { height: fit.height, overflow: 'hidden' } : undefined}
    >
      <div
        ref={innerRef}
        style={fit ? { transform: `scale(${fit.scale})`, transformOrigin: 'top center' } : undefined}
      >
        {children}
      </div>
    </div>
  );
}

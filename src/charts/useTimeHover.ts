import type { ScaleLinear } from 'd3';
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { KeyboardEvent, PointerEvent } from 'react';
import { indexAtX } from './timeAxisLayout.ts';
import {
  applyIntent,
  initialTimeHoverState,
  keyIntent,
  leave,
  pointTo,
  type TimeHoverBounds,
  type TimeHoverState,
} from './timeHoverState.ts';
import type { IndexRange } from './timeSeriesModel.ts';

export interface UseTimeHoverOptions {
  range: IndexRange;
  seriesCount: number;
  xScale: ScaleLinear<number, number>;
  /** Left edge of the plot inside the svg, in pixels. */
  plotLeft: number;
}

export interface TimeHoverHandlers {
  onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerLeave: (event: PointerEvent<SVGSVGElement>) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  onBlur: () => void;
}

/**
 * Pointer (mouse, pen and touch alike, via pointer events) and keyboard reading of a time chart.
 * x → month is index arithmetic on the linear month scale (O(1)); an unchanged month returns the same
 * state object, so moving within one month does not render at all.
 */
export function useTimeHover({
  range,
  seriesCount,
  xScale,
  plotLeft,
}: UseTimeHoverOptions): [TimeHoverState, TimeHoverHandlers] {
  const [state, setState] = useState<TimeHoverState>(initialTimeHoverState);
  // Handlers read the latest geometry from a ref, so their identity never changes.
  const geometry = useRef({ range, seriesCount, xScale, plotLeft });
  geometry.current = { range, seriesCount, xScale, plotLeft };

  const bounds = (): TimeHoverBounds => ({
    from: geometry.current.range.from,
    to: geometry.current.range.to,
    seriesCount: geometry.current.seriesCount,
  });

  const fromPointer = useCallback((event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const g = geometry.current;
    const index = indexAtX(g.xScale, g.range, event.clientX - rect.left - g.plotLeft);
    // Committed within this event, so the reading is drawn in the frame the pointer moved in, not one
    // later: React would otherwise render pointer moves in a separate task, after the browser painted.
    flushSync(() => setState((s) => pointTo(s, index, bounds())));
  }, []);

  const onPointerLeave = useCallback((event: PointerEvent<SVGSVGElement>) => {
    // A finger lifting off ends the touch with a leave: keep the reading on screen until the next tap.
    if (event.pointerType === 'touch') return;
    setState(leave);
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<SVGSVGElement>) => {
    const intent = keyIntent(event.key);
    if (!intent) return;
    event.preventDefault();
    setState((s) => applyIntent(s, intent, bounds()));
  }, []);

  const onBlur = useCallback(() => setState(leave), []);

  // A reading left outside a range that has since shrunk is no reading.
  const visibleState =
    state.index !== null && (state.index < range.from || state.index > range.to)
      ? { ...state, index: null }
      : state;

  return [
    visibleState,
    { onPointerMove: fromPointer, onPointerDown: fromPointer, onPointerLeave, onKeyDown, onBlur },
  ];
}

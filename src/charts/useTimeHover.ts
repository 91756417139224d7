import type { ScaleLinear } from 'd3';
import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
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
  /** Attaches the raw pointer listener (see useTimeHoverStore); pass as the svg's ref. */
  ref?: (svg: SVGSVGElement | null) => (() => void) | undefined;
  onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerLeave: (event: PointerEvent<SVGSVGElement>) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  onBlur: () => void;
}

/**
 * The hover reading as a tiny external store: the chart that owns the handlers does not re-render when
 * the reading changes; only the components that subscribe to it (useTimeHoverReading) do.
 */
export interface TimeHoverStore {
  get: () => TimeHoverState;
  subscribe: (listener: () => void) => () => void;
}

/** A value other components can subscribe to without the owner rendering (hover readings). */
export interface ValueStore<T> {
  get: () => T;
  subscribe: (listener: () => void) => () => void;
  set: (next: (value: T) => T) => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      const value = next(state);
      if (value === state) return;
      state = value;
      for (const l of listeners) l();
    },
  };
}

const createStore = () => createValueStore<TimeHoverState>(initialTimeHoverState);

/**
 * Pointer (mouse, pen and touch alike, via pointer events) and keyboard reading of a time chart,
 * without rendering the chart: the state lives in a store that only the hover layer reads.
 * x → month is index arithmetic on the linear month scale (O(1)); an unchanged month changes nothing.
 */
export function useTimeHoverStore({
  range,
  seriesCount,
  xScale,
  plotLeft,
}: UseTimeHoverOptions): [TimeHoverStore, TimeHoverHandlers] {
  const [store] = useState(createStore);
  // Handlers read the latest geometry from a ref, so their identity never changes.
  const geometry = useRef({ range, seriesCount, xScale, plotLeft });
  geometry.current = { range, seriesCount, xScale, plotLeft };

  const bounds = (): TimeHoverBounds => ({
    from: geometry.current.range.from,
    to: geometry.current.range.to,
    seriesCount: geometry.current.seriesCount,
  });

  const readAt = (svg: SVGSVGElement, clientX: number) => {
    const rect = svg.getBoundingClientRect();
    const g = geometry.current;
    const index = indexAtX(g.xScale, g.range, clientX - rect.left - g.plotLeft);
    // Committed within this event, so the reading is drawn in the frame the pointer moved in, not one
    // later: React would otherwise render pointer moves in a separate task, after the browser painted.
    flushSync(() => store.set((s) => pointTo(s, index, bounds())));
  };

  const fromPointer = useCallback((event: PointerEvent<SVGSVGElement>) => {
    readAt(event.currentTarget, event.clientX);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stable on purpose: reads the latest geometry from a ref and the store never changes
  }, []);

  // Chromium holds pointermove back to the next animation frame (measured: 8 ms median between the
  // input and the event on the bench's 162-series chart, against 0.6 ms for our handler), so the
  // reading is taken from pointerrawupdate where the browser has it: the update is committed as the
  // input arrives and is ready for the next frame. pointermove still reads (and changes nothing when
  // the month is the same) where it is missing.
  const ref = useCallback((svg: SVGSVGElement | null) => {
    if (!svg || !('onpointerrawupdate' in svg)) return undefined;
    const onRaw = (event: Event) => {
      if (event instanceof MouseEvent) readAt(svg, event.clientX);
    };
    svg.addEventListener('pointerrawupdate', onRaw);
    return () => svg.removeEventListener('pointerrawupdate', onRaw);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stable on purpose: reads the latest geometry from a ref and the store never changes
  }, []);

  const onPointerLeave = useCallback((event: PointerEvent<SVGSVGElement>) => {
    // A finger lifting off ends the touch with a leave: keep the reading on screen until the next tap.
    if (event.pointerType === 'touch') return;
    store.set(leave);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stable on purpose: reads the latest geometry from a ref and the store never changes
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<SVGSVGElement>) => {
    const intent = keyIntent(event.key);
    if (!intent) return;
    event.preventDefault();
    store.set((s) => applyIntent(s, intent, bounds()));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stable on purpose: reads the latest geometry from a ref and the store never changes
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- the store never changes (useState initialiser)
  const onBlur = useCallback(() => store.set(leave), []);

  const [handlers] = useState<TimeHoverHandlers>(() => ({
    ref,
    onPointerMove: fromPointer,
    onPointerDown: fromPointer,
    onPointerLeave,
    onKeyDown,
    onBlur,
  }));
  return [store, handlers];
}

/** The reading a hover layer draws; a reading left outside a range that has since shrunk is no reading. */
export function useTimeHoverReading(store: TimeHoverStore, range: IndexRange): TimeHoverState {
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  return state.index !== null && (state.index < range.from || state.index > range.to)
    ? { ...state, index: null }
    : state;
}

/** Store and reading in one component, for a chart that draws its own hover layer (small multiples). */
export function useTimeHover(options: UseTimeHoverOptions): [TimeHoverState, TimeHoverHandlers] {
  const [store, handlers] = useTimeHoverStore(options);
  return [useTimeHoverReading(store, options.range), handlers];
}

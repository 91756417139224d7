import { signalFirstChart } from './firstChartSignal.ts';
import { afterNextPaint } from './afterPaint.ts';
import {
  createContext,
  lazy,
  useContext,
  useCallback,
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import type { ChartDef, ViewCharts } from '../charts/chartRegistry.ts';
import { useElementWidth } from '../charts/useElementWidth.ts';
import { isChartShown, useDisplayMode } from '../state/displayMode.ts';
import { useDrawEverything } from './drawAll.ts';
import { useQueryClient } from '@tanstack/react-query';
import { PageSourceNote, PageSourcesProvider, usePageSources } from './pageSources.tsx';

/** The registry entry of the chart being drawn: ChartList provides it to each section. */
const ChartDefContext = createContext<ChartDef<never> | null>(null);

/** The registry entry of the chart whose section this is (its units and short source, for exports). */
export function useChartDef(): ChartDef<never> | null {
  return useContext(ChartDefContext);
}

// One lazy component per chart section: each section is its own chunk, fetched when it is drawn.
const sections = new WeakMap<object, unknown>();
function sectionOf<P>(def: ChartDef<P>): LazyExoticComponent<ComponentType<P>> {
  let section = sections.get(def) as LazyExoticComponent<ComponentType<P>> | undefined;
  if (!section) {
    section = lazy(def.load);
    sections.set(def, section);
  }
  return section;
}

/** How far outside the viewport a chart starts being drawn: about one screen above and below. */
const NEAR = '100% 0px 100% 0px';

/**
 * A view's charts, in the registry's order. In the full view the first chart is drawn at once and the
 * others when they come within about a screen of the viewport, each in a box already as tall as the
 * chart will be; with chart=<id> (embed, present) only that chart, drawn at once. Printing, and the
 * "draw everything" switch (drawAll.ts), draw them all.
 */
export function ChartList<P extends object>({
  charts,
  props,
  focus,
}: {
  charts: ViewCharts<P>;
  props: P;
  /** In the full view, the chart to scroll to (chart=<id> in the address). */
  focus?: string | undefined;
}) {
  const mode = useDisplayMode();
  const isDrawAll = useDrawEverything();
  const shown = charts.charts.filter((c) => isChartShown(mode, c.id));
  // The others wait for the first chart: their code and data do not compete with it for the network.
  const [isFirstDrawn, setFirstDrawn] = useState(false);
  const onFirstDrawn = useCallback(() => {
    setFirstDrawn(true);
    signalFirstChart();
  }, []);
  const sources = usePageSources(charts.charts);
  // In the full view the first chart starts loading one frame after the page's text is on screen: its
  // code and data requests then follow the first paint instead of holding it up (what Lighthouse counts
  // as the way to the largest paint, the lede). An embed or a slide is its chart: no wait there.
  const [hasPainted, setPainted] = useState(mode.kind !== 'full');
  useEffect(() => (hasPainted ? undefined : afterNextPaint(() => setPainted(true))), [hasPainted]);
  const slot = (def: ChartDef<P>) => (
    <ChartSlot
      key={def.id}
      def={def}
      props={props}
      isEager={hasPainted && (def === shown[0] || mode.kind !== 'full' || isDrawAll || def.id === focus)}
      canObserve={isFirstDrawn}
      isDrawAll={isDrawAll}
      isFocus={mode.kind === 'full' && def.id === focus}
      {...(def === shown[0] ? { onSettled: onFirstDrawn } : {})}
    />
  );
  // Consecutive half-width charts share a row on a wide screen.
  const rows: ChartDef<P>[][] = [];
  for (const def of shown) {
    const last = rows[rows.length - 1];
    if (def.layout === 'half' && last && last.length === 1 && last[0]?.layout === 'half') last.push(def);
    else rows.push([def]);
  }
  const list = (
    <>
      {rows.map((row) =>
        row.length > 1 ? (
          <div className="chart-pair" key={row.map((d) => d.id).join('+')}>
            {row.map(slot)}
          </div>
        ) : (
          row.map(slot)
        ),
      )}
    </>
  );
  // One source note per page in the full view; an embed or a slide keeps its chart's full source line.
  if (mode.kind !== 'full') return list;
  return (
    <PageSourcesProvider value={sources.value}>
      {list}
      <PageSourceNote entries={sources.entries} />
    </PageSourcesProvider>
  );
}

function ChartSlot<P extends object>({
  def,
  props,
  isEager,
  canObserve,
  isDrawAll,
  isFocus,
  onSettled,
}: {
  def: ChartDef<P>;
  props: P;
  isEager: boolean;
  canObserve: boolean;
  /** Printing (or a test) wants every chart now: no waiting for data, which would miss the print. */
  isDrawAll: boolean;
  isFocus: boolean;
  onSettled?: () => void;
}) {
  const client = useQueryClient();
  const [widthRef, width] = useElementWidth();
  const boxRef = useRef<HTMLDivElement | null>(null);
  // Stable, so the box is measured when it mounts and not again at each render of the slot.
  const setBox = useCallback(
    (node: HTMLDivElement | null) => {
      boxRef.current = node;
      widthRef(node);
    },
    [widthRef],
  );
  const [isNear, setNear] = useState(false);
  const isDue = isEager || isNear;
  // A section with a prefetch is drawn once its data files are in (and its code), in a transition.
  const [hasData, setHasData] = useState(def.prefetch === undefined);
  const isDrawn = isDue && (hasData || isDrawAll);

  useEffect(() => {
    if (!isDue || hasData || isDrawAll || !def.prefetch) return undefined;
    let isLive = true;
    void Promise.all([def.prefetch(props, client), def.load().catch(() => undefined)]).finally(() => {
      if (isLive) startTransition(() => setHasData(true));
    });
    return () => {
      isLive = false;
    };
  }, [isDue, hasData, isDrawAll, def, props, client]);
  // The reserved height holds until the section has drawn its figure (not a loading notice).
  const [isSettled, setSettled] = useState(false);

  useEffect(() => {
    const box = boxRef.current;
    if (isDue || !canObserve || !box) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          startTransition(() => setNear(true));
        }
      },
      { rootMargin: NEAR },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, [isDue, canObserve]);

  useEffect(() => {
    if (isSettled) onSettled?.();
  }, [isSettled, onSettled]);

  useEffect(() => {
    const box = boxRef.current;
    if (!isDrawn || isSettled || !box) return undefined;
    const check = () => {
      if (
        box.querySelector('.error-panel') ||
        (box.querySelector('figure') && !box.querySelector('.loading'))
      )
        setSettled(true);
    };
    check();
    const observer = new MutationObserver(check);
    observer.observe(box, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [isDrawn, isSettled]);

  // chart=<id> on the full view: bring that chart into view once it is drawn.
  useEffect(() => {
    if (!isFocus || !isSettled) return;
    boxRef.current?.scrollIntoView({ block: 'start' });
  }, [isFocus, isSettled]);

  const Section = sectionOf(def);
  return (
    <div
      ref={setBox}
      className="bh-chart-slot"
      id={`chart-${def.id}`}
      data-chart-slot={def.id}
      data-drawn={isDrawn && isSettled ? 'true' : 'false'}
      style={isSettled ? undefined : { minHeight: def.height(width) }}
    >
      {isDrawn ? (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading the chart “{def.label}”…
            </p>
          }
        >
          <ChartDefContext.Provider value={def as ChartDef<never>}>
            <Section {...props} />
          </ChartDefContext.Provider>
        </Suspense>
      ) : isDue ? (
        <p className="loading" role="status">
          Loading the chart “{def.label}”…
        </p>
      ) : (
        <Pending label={def.label} />
      )}
    </div>
  );
}

function Pending({ label }: { label: string }) {
  return <p className="bh-chart-pending bh-visually-hidden">{label}: drawn when scrolled to.</p>;
}

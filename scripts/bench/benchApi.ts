// What the benchmark page (page.tsx, in the browser) offers the driver (chartBench.ts, in Node).

export interface RenderTimes {
  /** our LineChart: lines, axes, gap marks, end labels, hover handlers */
  ours: number[];
  /** Plot with the same layers: lines, axes, gap rects, end labels, tip + rule on pointer */
  plot: number[];
  /** Plot drawing the same lines with axes only */
  plotLines: number[];
}

export interface HoverSamples {
  /** pointer event → tooltip DOM updated (MutationObserver after the commit), ms */
  commit: number[];
  /** pointer event → the next frame after that update (rAF + task), ms */
  frame: number[];
  timedOut: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface BenchApi {
  ready(): Promise<{ series: number; months: number; points: number }>;
  /** Interleaved runs (the order rotates each round), after `warmup` untimed rounds. */
  render(runs: number, warmup: number, isAttached: boolean): Promise<RenderTimes>;
  /** Mounts one chart, visible, for the hover run; returns the svg's box in page pixels. */
  mountForHover(which: 'ours' | 'plot'): Box;
  hoverSamples(): HoverSamples;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

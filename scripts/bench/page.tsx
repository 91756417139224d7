// The chart benchmark page: our LineChart and Observable Plot draw the same ~160 contributor lines
// × 417 months from data/totals.json, in the same page, timed in turn. scripts/bench/chartBench.ts
// drives it through Playwright (window.bench); nothing here runs in the app.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import * as Plot from '@observablehq/plot';
import { LineChart } from '../../src/charts/LineChart.tsx';
import { seriesColor } from '../../src/charts/palette.ts';
import type { TimeSeries } from '../../src/charts/timeSeriesModel.ts';
import type { Manifest, Totals } from '../../src/data/schema.ts';
import type { BenchApi, HoverSamples, RenderTimes } from './benchApi.ts';
import '../../src/app/app.css';
import '../../src/charts/charts.css';

export const WIDTH = 960;
export const HEIGHT = 540;

interface Point {
  date: Date;
  value: number | null;
  id: string;
  label: string;
}

interface BenchData {
  months: string[];
  series: TimeSeries[];
  /** The same series as Plot takes them: one row per series × month (nulls kept: they break the line). */
  points: Point[];
  ids: string[];
  colors: string[];
}

const status = document.getElementById('status');

async function loadData(): Promise<BenchData> {
  const [manifest, totals] = await Promise.all([
    fetch('./data/manifest.json').then((r) => r.json() as Promise<Manifest>),
    fetch('./data/totals.json').then((r) => r.json() as Promise<Totals>),
  ]);
  const names = new Map(manifest.countries.map((c) => [c.iso3, c.name]));
  const series: TimeSeries[] = Object.entries(totals.countries).map(([iso3, s], i) => ({
    id: iso3,
    label: names.get(iso3) ?? iso3,
    values: s.total,
    color: seriesColor(i),
  }));
  const dates = manifest.months.map((m) => new Date(`${m}T00:00:00Z`));
  const points: Point[] = [];
  for (const s of series) {
    s.values.forEach((value, i) =>
      points.push({ date: dates[i] ?? new Date(0), value, id: s.id, label: s.label }),
    );
  }
  // Plot gets the palette's plain hex values (it has no CSS custom properties to resolve).
  const colors = series.map((_, i) => /#[0-9a-f]{6}/i.exec(seriesColor(i))?.[0] ?? '#000000');
  return { months: manifest.months, series, points, ids: series.map((s) => s.id), colors };
}

function ourChart(d: BenchData) {
  return (
    <LineChart
      title="Uniformed personnel of every contributor"
      description={`${d.series.length} contributors, ${d.months.length} months.`}
      months={d.months}
      series={d.series}
      yAxisTitle="Uniformed personnel"
      width={WIDTH}
      height={HEIGHT}
    />
  );
}

/**
 * Plot drawing the same lines: y grid and axes, a line per contributor broken at missing months. With
 * `isComplete`, also what else our chart draws: shaded months where no contributor has data (our gap
 * marks, found inside the timed call as ours are), a label at each line's end, and a hover layer (a
 * pointer-driven tip and rule).
 */
function plotChart(d: BenchData, isComplete: boolean): SVGSVGElement | HTMLElement {
  const marks: Plot.Markish[] = [
    Plot.ruleY([0]),
    Plot.lineY(d.points, { x: 'date', y: 'value', z: 'id', stroke: 'id', strokeWidth: 1.5 }),
  ];
  if (isComplete) {
    const gaps: { from: Date; to: Date }[] = [];
    const n = d.months.length;
    for (let i = 0; i < n; i++) {
      if (d.series.every((s) => s.values[i] === null || s.values[i] === undefined)) {
        const start = d.points[i]?.date;
        const end = d.points[Math.min(i + 1, n - 1)]?.date;
        if (start && end) gaps.push({ from: start, to: end });
      }
    }
    marks.unshift(Plot.rect(gaps, { x1: 'from', x2: 'to', fill: '#e8e8e8' }));
    marks.push(
      Plot.text(
        d.points,
        Plot.selectLast({
          x: 'date',
          y: 'value',
          z: 'id',
          text: 'label',
          textAnchor: 'start',
          dx: 4,
          fill: 'id',
        }),
      ),
      Plot.ruleX(d.points, Plot.pointerX({ x: 'date', stroke: '#888' })),
      Plot.tip(
        d.points,
        Plot.pointerX({ x: 'date', y: 'value', title: (p: Point) => `${p.label}: ${p.value ?? 'no data'}` }),
      ),
    );
  }
  return Plot.plot({
    width: WIDTH,
    height: HEIGHT,
    marginRight: 120,
    x: { type: 'utc' },
    y: { grid: true, label: 'Uniformed personnel' },
    color: { domain: d.ids, range: d.colors },
    marks,
  });
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

let data: BenchData | null = null;
const offscreen = document.createElement('div');
offscreen.style.cssText = `position:absolute;left:-20000px;top:0;width:${WIDTH}px`;
document.body.append(offscreen);

/** One render of ours: a fresh React root, performance.now() around flushSync(root.render). */
function timeOurs(d: BenchData, isAttached: boolean): number {
  const host = document.createElement('div');
  if (isAttached) offscreen.append(host);
  const root: Root = createRoot(host);
  const t0 = performance.now();
  flushSync(() => root.render(ourChart(d)));
  if (isAttached) host.getBoundingClientRect(); // style and layout, as a page would need before paint
  const t = performance.now() - t0;
  root.unmount();
  host.remove();
  return t;
}

function timePlot(d: BenchData, isAttached: boolean, isComplete: boolean): number {
  const t0 = performance.now();
  const svg = plotChart(d, isComplete);
  if (isAttached) {
    offscreen.append(svg);
    svg.getBoundingClientRect();
  }
  const t = performance.now() - t0;
  svg.remove();
  return t;
}

const ORDER = ['ours', 'plot', 'plotLines'] as const;

const bench: BenchApi = {
  async ready() {
    data = await loadData();
    if (status)
      status.textContent = `Data loaded: ${data.series.length} series × ${data.months.length} months.`;
    return { series: data.series.length, months: data.months.length, points: data.points.length };
  },

  async render(runs, warmup, isAttached) {
    const d = data;
    if (!d) throw new Error('call ready() first');
    const out: RenderTimes = { ours: [], plot: [], plotLines: [] };
    for (let i = 0; i < warmup + runs; i++) {
      // Interleaved, the order rotating each round, so drift in the machine's load hits all three alike.
      for (let k = 0; k < ORDER.length; k++) {
        const which = ORDER[(i + k) % ORDER.length] ?? 'ours';
        const t = which === 'ours' ? timeOurs(d, isAttached) : timePlot(d, isAttached, which === 'plot');
        if (i >= warmup) out[which].push(t);
        await idle();
      }
    }
    return out;
  },

  mountForHover(which) {
    const d = data;
    const stage = document.getElementById('hover-stage');
    if (!d || !stage) throw new Error('call ready() first');
    stage.replaceChildren();
    if (which === 'ours') {
      const host = document.createElement('div');
      stage.append(host);
      flushSync(() => createRoot(host).render(ourChart(d)));
    } else {
      stage.append(plotChart(d, true));
    }
    const svg = stage.querySelector('svg');
    if (!svg) throw new Error('no svg mounted');
    const r = svg.getBoundingClientRect();
    hover.reset(stage);
    return { left: r.left + window.scrollX, top: r.top + window.scrollY, width: r.width, height: r.height };
  },

  hoverSamples(): HoverSamples {
    return hover.samples;
  },
};

/**
 * Pointer → updated tooltip: the pointer input's timeStamp (same clock as performance.now()) to the
 * first DOM mutation inside the chart after it — MutationObserver callbacks run right after the task
 * that committed the update — and to the next frame after that.
 */
const hover = {
  samples: { commit: [], frame: [], timedOut: 0 } as HoverSamples,
  pending: null as number | null,
  observer: null as MutationObserver | null,
  reset(stage: HTMLElement) {
    this.samples = { commit: [], frame: [], timedOut: 0 };
    this.pending = null;
    this.observer?.disconnect();
    this.observer = new MutationObserver(() => {
      const since = this.pending;
      if (since === null) return;
      this.pending = null;
      const now = performance.now();
      this.samples.commit.push(now - since);
      requestAnimationFrame(() => setTimeout(() => this.samples.frame.push(performance.now() - since), 0));
    });
    this.observer.observe(stage, { subtree: true, childList: true, attributes: true, characterData: true });
  },
};
// The input's time: pointerrawupdate (dispatched as the input arrives) and pointermove (held back to
// the next animation frame) carry the same timeStamp for one input; whichever comes first starts the
// sample, so a chart that reads either is timed from the input alike.
let lastInput = -1;
for (const type of ['pointerrawupdate', 'pointermove']) {
  window.addEventListener(
    type,
    (e) => {
      if (e.timeStamp === lastInput) return;
      lastInput = e.timeStamp;
      hover.pending = e.timeStamp;
    },
    { capture: true },
  );
}

window.bench = bench;

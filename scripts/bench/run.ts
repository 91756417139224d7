// npm run bench [-- --no-build --skip-lighthouse --skip-data --runs N --moves N --lh-runs N]
// Measures the built app and the chart kit in Debian's Chromium and prints one table, also written to
// docs/PERFORMANCE.md with the machine, the date and the browser version. Not part of npm test / CI:
// timings depend on the machine; the size budgets CI enforces are in scripts/budgets.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  firstLoadJs,
  readViteManifest,
  routeBundle,
  type FileSize,
  type RouteBundle,
} from '../perf/bundleGraph.ts';
import { CHROME_PATH, hasChromium, launchChromium } from '../perf/browser.ts';
import { measureColdLoad, type ColdLoad } from '../perf/coldLoad.ts';
import { kB } from '../perf/gzipSize.ts';
import { routeName, routesFromManifest, type AppRoute } from '../perf/routes.ts';
import { serveFolder } from '../perf/staticServer.ts';
import { formatTable } from '../perf/table.ts';
import { DATA_BUDGET, JS_BUDGET } from '../perf/budgetLimits.ts';
import { runChartBench, type ChartBenchResult } from './chartBench.ts';
import { runCountrySwitch, type CountrySwitchResult } from './countrySwitch.ts';
import { runDataBuild, type DataBuildResult } from './dataBuild.ts';
import { runLighthouse, type LighthouseResult, type Preset } from './lighthouse.ts';
import { probePaints, type PaintProbe } from './paintProbe.ts';
import { measurePageHeights, type PageHeight } from './pageHeights.ts';
import { describeMachine, type Machine } from './machine.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const BENCH_DIST = path.join(ROOT, 'dist-bench');
const OUT = path.join(ROOT, 'docs/PERFORMANCE.md');
const NOTES_MARKER =
  '<!-- Findings: written by hand, kept when npm run bench rewrites the figures above. -->';

const GOALS = {
  lhMobilePerformance: 0.95,
  lhMobileAccessibility: 1,
  lcpMobileMs: 2000,
  renderRatio: 1,
  hoverP95Ms: 8,
  countrySwitchMs: 100,
};

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const RUNS = numberArg('runs', 20);
const MOVES = numberArg('moves', 200);
const LH_RUNS = numberArg('lh-runs', 1);

function sh(command: string, argv: string[]): void {
  const started = Date.now();
  const r = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout}\n${r.stderr}`);
    throw new Error(`${command} ${argv.join(' ')} failed (exit ${r.status})`);
  }
  log(`${command} ${argv.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

const sumGz = (files: readonly FileSize[]) => files.reduce((a, f) => a + f.gzip, 0);
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
};
const median = (xs: readonly number[]) => quantile(xs, 0.5);
const ms = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(digits)} ms`;
const sec = (v: number | null) => (v === null ? '–' : `${(v / 1000).toFixed(2)} s`);
const score = (v: number | null) => (v === null ? '–' : v.toFixed(2));

type Row = [measure: string, scope: string, result: string, goal: string, verdict: string];

function budgetVerdict(figure: number, limit: number): string {
  return figure <= limit ? `met (${kB(limit - figure)} kB spare)` : `missed by ${kB(figure - limit)} kB`;
}

async function main(): Promise<void> {
  if (!hasChromium()) throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  if (!flag('no-build')) {
    sh('npm', ['run', '--silent', 'build']);
  }
  sh('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts']);

  const manifest = readViteManifest(DIST);
  const routes = routesFromManifest(manifest);
  const browser = await launchChromium();
  const machine: Machine = describeMachine(browser.version(), CHROME_PATH);
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB; ${machine.browser}`);

  // 1. Sizes per route (as the budgets measure them).
  const bundles: RouteBundle[] = routes.map((r) => routeBundle(DIST, manifest, r));
  const loads: ColdLoad[] = [];
  {
    const server = await serveFolder(DIST);
    for (const route of routes) loads.push(await measureColdLoad(browser, server.url, DIST, route));
    await server.close();
  }
  // Pages built but not routed yet (the app answers "No such page") are left out of every measure.
  for (const load of loads.filter((l) => l.isNotRouted)) {
    log(`${routeName(load.route)} is not routed yet: left out`);
    routes.splice(routes.indexOf(load.route), 1);
  }
  log('sizes measured');

  // 2. The all-contributors chart, ours vs Plot, and hover.
  const chart: ChartBenchResult = await runChartBench(browser, {
    root: ROOT,
    benchDist: BENCH_DIST,
    runs: RUNS,
    warmup: 3,
    moves: MOVES,
  });
  log(
    `chart: ours ${median(chart.detached.ours).toFixed(1)} ms, Plot ${median(chart.detached.plot).toFixed(1)} ms`,
  );

  // 3. Country switch.
  let switching: CountrySwitchResult | null = null;
  let switchError = '';
  try {
    switching = await runCountrySwitch(browser, {
      dist: DIST,
      hasDeployments: routes.some((r) => r.path === 'deployments'),
    });
    log(
      `country switch on ${switching.route}: median ${median(switching.samples.map((s) => s.ms)).toFixed(1)} ms`,
    );
  } catch (error) {
    switchError = (error as Error).message.split('\n')[0] ?? 'failed';
    log(`country switch failed: ${switchError}`);
  }
  // 4. LCP and layout shifts observed in the page under Lighthouse's mobile conditions.
  const paints: PaintProbe[] = await probePaints(browser, DIST, routes);
  log('paints observed');
  // 5. How far a reader scrolls, per route, at 390 and 1280 px.
  const heights: PageHeight[] = await measurePageHeights(browser, DIST, routes);
  log('page heights measured');
  await browser.close();

  // 6. Lighthouse, per route and preset (gzip on, as any static host would serve it).
  const lighthouse: LighthouseResult[] = [];
  if (!flag('skip-lighthouse')) {
    const server = await serveFolder(DIST, { gzip: true });
    for (const route of routes) {
      for (const preset of ['mobile', 'desktop'] as Preset[]) {
        const runs: LighthouseResult[] = [];
        for (let i = 0; i < LH_RUNS; i++)
          runs.push(await runLighthouse(ROOT, new URL(route.hash, server.url).href, preset));
        const ok = runs
          .filter((r) => r.performance !== null)
          .sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
        const chosen = ok[Math.floor(ok.length / 2)] ?? runs[0];
        if (chosen) lighthouse.push({ ...chosen, url: route.path });
        log(
          `lighthouse ${preset} ${routeName(route)}: perf ${score(chosen?.performance ?? null)}, a11y ${score(chosen?.accessibility ?? null)}, LCP ${sec(chosen?.lcpMs ?? null)}${chosen?.error ? ` (${chosen.error})` : ''}`,
        );
      }
    }
    await server.close();
  }

  // 7. npm run data.
  let data: DataBuildResult | null = null;
  if (!flag('skip-data')) {
    data = await runDataBuild(ROOT);
    log(`npm run data: ${data.seconds.toFixed(1)} s, peak ${data.peakMB ?? '?'} MB`);
  }

  machine.load = `${machine.load} at start, ${os.loadavg()[0]?.toFixed(1) ?? '?'} at end`;
  const rows = tableRows(
    routes,
    bundles,
    loads,
    chart,
    switching,
    switchError,
    lighthouse,
    paints,
    heights,
    data,
  );
  const table = formatTable(['measure', 'scope', 'result', 'goal', 'verdict'], rows);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM; ${machine.os}; Node ${machine.node}; load average ${machine.load}`,
  );
  console.log(`Browser: ${machine.browser}; date ${machine.date}`);
  console.log();
  console.log(table);
  mkdirSync(path.dirname(OUT), { recursive: true });
  // Hand-written findings below the marker survive a new run; everything above it is regenerated.
  const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  const kept = previous.includes(NOTES_MARKER)
    ? previous.slice(previous.indexOf(NOTES_MARKER))
    : `${NOTES_MARKER}\n`;
  writeFileSync(
    OUT,
    `${document(machine, table, routes, loads, chart, switching, lighthouse, paints, data)}\n${kept}`,
  );
  log(`wrote ${path.relative(ROOT, OUT)}`);
}

function tableRows(
  routes: AppRoute[],
  bundles: RouteBundle[],
  loads: ColdLoad[],
  chart: ChartBenchResult,
  switching: CountrySwitchResult | null,
  switchError: string,
  lighthouse: LighthouseResult[],
  paints: PaintProbe[],
  heights: PageHeight[],
  data: DataBuildResult | null,
): Row[] {
  const rows: Row[] = [];
  for (const route of routes) {
    const name = routeName(route);
    const b = bundles.find((x) => x.route === route);
    const load = loads.find((x) => x.route === route);
    if (b) {
      const js = firstLoadJs(b, load?.js);
      const lazy =
        js.files.length > b.files.length
          ? `; ${kB(js.gzip - b.js.gzip)} kB of it lazy chunks fetched before the first chart`
          : '';
      rows.push([
        'JS on cold first load, gzip',
        name,
        `${kB(js.gzip)} kB (${kB(js.raw)} kB raw${lazy})`,
        `≤ ${kB(JS_BUDGET)} kB`,
        budgetVerdict(js.gzip, JS_BUDGET),
      ]);
    }
    if (load) {
      const gz = sumGz(load.data);
      const files = load.data.map((d) => d.file.replace(/^data\//, '')).join(' + ') || 'none';
      const at =
        load.firstFigureMs === null
          ? 'no chart appeared; counted to network idle'
          : `first chart at ${Math.round(load.firstFigureMs)} ms`;
      rows.push([
        'Data before first chart, gzip',
        name,
        `${kB(gz)} kB: ${files} (${at})`,
        `≤ ${kB(DATA_BUDGET)} kB`,
        budgetVerdict(gz, DATA_BUDGET),
      ]);
    }
    for (const preset of ['mobile', 'desktop'] as const) {
      const lh = lighthouse.find((x) => x.url === route.path && x.preset === preset);
      if (!lh) continue;
      const result =
        lh.error && lh.performance === null
          ? `failed: ${lh.error}`
          : `perf ${score(lh.performance)} · a11y ${score(lh.accessibility)} · best pr. ${score(lh.bestPractices)} · LCP ${sec(lh.lcpMs)} · TBT ${ms(lh.tbtMs, 0)} · CLS ${lh.cls === null ? '–' : lh.cls.toFixed(3)}`;
      if (preset === 'mobile') {
        const misses: string[] = [];
        if (lh.performance !== null && lh.performance < GOALS.lhMobilePerformance)
          misses.push(`perf by ${(GOALS.lhMobilePerformance - lh.performance).toFixed(2)}`);
        if (lh.accessibility !== null && lh.accessibility < GOALS.lhMobileAccessibility)
          misses.push(`a11y by ${(GOALS.lhMobileAccessibility - lh.accessibility).toFixed(2)}`);
        if (lh.lcpMs !== null && lh.lcpMs > GOALS.lcpMobileMs)
          misses.push(`LCP by ${((lh.lcpMs - GOALS.lcpMobileMs) / 1000).toFixed(2)} s`);
        const verdict =
          lh.performance === null ? 'not measured' : misses.length ? `missed: ${misses.join('; ')}` : 'met';
        rows.push(['Lighthouse mobile', name, result, 'perf ≥ 0.95, a11y 1.00, LCP ≤ 2.0 s', verdict]);
      } else {
        rows.push(['Lighthouse desktop', name, result, '–', 'no goal']);
      }
    }
    const paint = paints.find((p) => p.route === name);
    if (paint) {
      rows.push([
        'Observed in Chromium, mobile conditions',
        name,
        `LCP ${sec(paint.lcpMs)} · CLS ${paint.cls.toFixed(3)}`,
        'LCP ≤ 2.0 s',
        paint.lcpMs === null
          ? 'no LCP entry'
          : paint.lcpMs <= GOALS.lcpMobileMs
            ? 'met'
            : `missed by ${((paint.lcpMs - GOALS.lcpMobileMs) / 1000).toFixed(2)} s`,
      ]);
    }
    const tall = heights.filter((h) => h.route === name);
    if (tall.length > 0) {
      const px = (v: number | null) => (v === null ? 'not measured' : `${v.toLocaleString('en-GB')} px`);
      rows.push([
        'Page height (what the reader scrolls)',
        name,
        tall.map((h) => `at ${h.width} px wide: ${px(h.heightPx)}`).join(' · '),
        '–',
        'for reference',
      ]);
    }
  }
  const size = `${chart.series} series × ${chart.months} months`;
  const ours = median(chart.detached.ours);
  const plot = median(chart.detached.plot);
  const plotLines = median(chart.detached.plotLines);
  const ratio = ours / plot;
  const ratioLines = ours / plotLines;
  const ratioVerdict = (r: number) =>
    r <= GOALS.renderRatio
      ? 'met'
      : `missed by ${(r - GOALS.renderRatio).toFixed(2)} (${((r - 1) * 100).toFixed(0)} % slower)`;
  rows.push([
    `All-contributors render, detached root (median of ${chart.detached.ours.length}, interleaved)`,
    `${size}; Plot with the same layers`,
    `ours ${ms(ours)} · Plot ${ms(plot)} · ratio ${ratio.toFixed(2)}`,
    'ratio ≤ 1.00',
    ratioVerdict(ratio),
  ]);
  rows.push([
    'Same, Plot drawing the lines and axes only',
    size,
    `ours (all layers) ${ms(ours)} · Plot ${ms(plotLines)} · ratio ${ratioLines.toFixed(2)}`,
    'ratio ≤ 1.00',
    ratioVerdict(ratioLines),
  ]);
  const oursA = median(chart.attached.ours);
  const plotA = median(chart.attached.plot);
  const plotLinesA = median(chart.attached.plotLines);
  rows.push([
    'Same, attached to the page, incl. style and layout',
    size,
    `ours ${ms(oursA)} · Plot ${ms(plotA)} (lines only ${ms(plotLinesA)}) · ratio ${(oursA / plotA).toFixed(2)} (${(oursA / plotLinesA).toFixed(2)})`,
    '–',
    'for reference',
  ]);
  const h = chart.hover.ours;
  const hp95 = quantile(h.commit, 0.95);
  rows.push([
    `Hover: pointer move → tooltip updated (${chart.hover.moves} moves)`,
    `ours, ${size}`,
    `p50 ${ms(quantile(h.commit, 0.5))} · p95 ${ms(hp95)} (next frame: p50 ${ms(quantile(h.frame, 0.5))}, p95 ${ms(quantile(h.frame, 0.95))})${h.timedOut ? ` · ${h.timedOut} moves without update` : ''}`,
    'p95 ≤ 8 ms',
    hp95 <= GOALS.hoverP95Ms ? 'met' : `missed by ${(hp95 - GOALS.hoverP95Ms).toFixed(1)} ms`,
  ]);
  const hpl = chart.hover.plot;
  rows.push([
    'Hover, Observable Plot (tip + rule)',
    `Plot, ${size}`,
    `p50 ${ms(quantile(hpl.commit, 0.5))} · p95 ${ms(quantile(hpl.commit, 0.95))}${hpl.timedOut ? ` · ${hpl.timedOut} moves without update` : ''}`,
    '–',
    'for reference',
  ]);
  if (switching) {
    const fresh = switching.samples.filter((s) => !s.isCached).map((s) => s.ms);
    const cached = switching.samples.filter((s) => s.isCached).map((s) => s.ms);
    const worst = Math.max(...switching.samples.map((s) => s.ms));
    const med = median(fresh);
    rows.push([
      'Country switch → view redrawn',
      switching.route === 'deployments' ? '/deployments' : '/ (overview; no deployments view yet)',
      `new country (chunk fetched): median ${ms(med)} · already loaded: median ${ms(median(cached))} · worst ${ms(worst)}`,
      '≤ 100 ms',
      med <= GOALS.countrySwitchMs
        ? worst <= GOALS.countrySwitchMs
          ? 'met'
          : `met at the median; worst over by ${(worst - GOALS.countrySwitchMs).toFixed(0)} ms`
        : `missed by ${(med - GOALS.countrySwitchMs).toFixed(0)} ms`,
    ]);
  } else {
    rows.push([
      'Country switch → view redrawn',
      '–',
      `not measured: ${switchError}`,
      '≤ 100 ms',
      'not measured',
    ]);
  }
  if (data) {
    rows.push([
      'npm run data (all sources → data/)',
      'scratch copy of the repo',
      data.ok
        ? `${data.seconds.toFixed(1)} s wall · peak memory ${data.peakMB ?? '?'} MB`
        : `failed: ${data.note ?? ''}`,
      '–',
      data.ok ? 'no goal' : 'failed',
    ]);
  }
  return rows;
}

function document(
  machine: Machine,
  table: string,
  routes: AppRoute[],
  loads: ColdLoad[],
  chart: ChartBenchResult,
  switching: CountrySwitchResult | null,
  lighthouse: LighthouseResult[],
  paints: PaintProbe[],
  data: DataBuildResult | null,
): string {
  const lhNotes = lighthouse
    .filter((l) => l.failed.length > 0 || l.lcpElement || l.error)
    .map((l) => {
      const route = routes.find((r) => r.path === l.url);
      const parts = [
        l.lcpElement ? `LCP element \`${l.lcpElement.replace(/`/g, "'").slice(0, 120)}\`` : '',
        l.failed.length ? `audits below 1: ${l.failed.join(', ')}` : '',
        l.error ? `error: ${l.error}` : '',
      ].filter(Boolean);
      return `- ${l.preset} ${route ? routeName(route) : l.url}: ${parts.join('; ')}`;
    });
  const switchSamples = switching
    ? switching.samples
        .map((s) => `${s.iso3}${s.isCached ? ' (loaded)' : ''} ${s.ms.toFixed(0)} ms`)
        .join(', ')
    : 'not measured';
  const raw = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  return `# Performance

Measured by \`npm run bench\` (scripts/bench/); regenerate with that command. Timings depend on the machine:
compare figures only within one run. CI enforces the size budgets alone (\`scripts/budgets.ts\`, run by
\`npm test\`), never timings.

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM; ${machine.os}; Node ${machine.node}
- Load average (1 min): ${machine.load} — other work on the machine slows the timings, not the sizes
- Browser: ${machine.browser} (Debian), driven by Playwright; Lighthouse 12.2.3
- Date: ${machine.date}

${table}

## How each figure is taken

- **JS on cold first load**: the entry chunk, its static imports, the route's lazy page chunk and its
  static imports, from \`dist/.vite/manifest.json\`, plus any chunk the page imports lazily but the browser
  fetches before the first chart is on screen; each file gzipped at level 9 (as \`scripts/budgets.ts\`).
- **Data before first chart**: each route opened cold in Chromium (fresh context, default view: country
  BGD); every file under \`data/\` requested before the route's first \`<svg role="img">\` (the overview:
  its headline figures; sources: its table) entered the DOM; sizes are the files gzipped at level 9.
- **Observed in Chromium**: see the note under Lighthouse details.
- **Lighthouse**: the CLI against \`dist/\` served locally with gzip (as any static host serves it); mobile is
  Lighthouse's default (emulated Moto G Power, simulated slow 4G, 4× CPU slowdown), desktop is
  \`--preset=desktop\`; ${LH_RUNS} run(s) per route and preset${LH_RUNS > 1 ? ' (the median by performance score)' : ''}.
- **All-contributors render**: the bench page (scripts/bench/page.tsx, built into \`dist-bench/\`) draws every
  contributor in data/totals.json as a line, 960 × 540 px. Ours: \`flushSync(root.render(<LineChart/>))\` into a
  fresh React root on a detached element, timed with performance.now() until it returns (committed).
  Plot: \`Plot.plot()\` with a y grid and axes and one line per contributor broken at missing months ("lines
  and axes"), and with the same layers as ours: also a rect per month with no data (our gap marks), an end
  label per line (Plot does not thin overlapping labels; ours does) and a hover layer (\`tip\` + \`ruleX\`
  with \`pointerX\`). Both take their data prepared in their own input shape outside the timing. ${RUNS} timed runs each after 3 warm-up runs, interleaved with the order
  alternating; the figure is the median. The attached variant appends to the document and forces layout.
- **Hover**: the chart mounted visibly; ${chart.hover.moves} real pointer moves (Chromium input events through the
  DevTools protocol) left to right across the plot, each landing on a new month. Latency = the pointer
  event's timeStamp to the first DOM mutation inside the chart after it (a MutationObserver, which runs
  right after the task that committed the update); "next frame" adds the wait for the following frame.
- **Country switch**: the built app, ${switching?.route === 'deployments' ? 'the deployments view: the Enter key in its country picker' : 'the overview: a change of its country select'}
  to the moment ${switching?.doneWhen ?? 'the view shows the new country'}. Samples: ${switchSamples}.
- **npm run data**: run in a scratch copy of the repository (it rewrites \`data/\`), sources
  ${data?.sources ?? '–'}; wall time from outside, peak memory as the pipeline prints it (maxRSS).

## Raw render timings (ms)

- detached, ours: ${raw(chart.detached.ours)}
- detached, Plot (same layers): ${raw(chart.detached.plot)}
- detached, Plot (lines and axes): ${raw(chart.detached.plotLines)}
- attached, ours: ${raw(chart.attached.ours)}
- attached, Plot (same layers): ${raw(chart.attached.plot)}
- attached, Plot (lines and axes): ${raw(chart.attached.plotLines)}

## Lighthouse details

${lhNotes.length ? lhNotes.join('\n') : '- nothing to add'}

Lighthouse 12.2.3's trace gatherers fail on Chromium 156 ("Cannot read properties of undefined (reading
'frame_sequence')"), so it reports no LCP element and no layout-shift culprits, and its desktop CLS
disagrees with what the page itself records. The rows "Observed in Chromium, mobile conditions" are the
cross-check: the route opened cold with Lighthouse's mobile settings applied through the DevTools protocol
(412 × 823 phone screen, 150 ms round trips, 1.6 Mbit/s, 4× CPU slowdown), reading the page's own
largest-contentful-paint and layout-shift entries. Real throttling, not Lighthouse's simulation, so the
two LCPs differ; the element is what matters:

${paints.map((p) => `- ${p.route}: LCP element ${p.lcpElement.replace(/`/g, "'")}${p.shifts.length ? `; shifts ${p.shifts.join('; ')}` : '; no shift ≥ 0.005'}`).join('\n')}

## First-load details

${loads.map((l) => `- ${routeName(l.route)}: JS fetched before the first chart ${l.js.map((j) => `${j.file.replace(/^assets\//, '')} ${kB(j.gzip)}`).join(' + ')} kB gz; data ${l.data.map((d) => `${d.file.replace(/^data\//, '')} ${kB(d.gzip)}`).join(' + ') || 'none'} kB gz${l.errors.length ? `; page errors: ${l.errors.join('; ')}` : ''}`).join('\n')}
`;
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});

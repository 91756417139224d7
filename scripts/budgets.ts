// Size budgets, checked in CI after `npm run build` (sizes only, never timings):
//   - JavaScript loaded on a cold first load of each route ≤ 150 kB gzip: the entry and the route's
//     page chunk with their static imports, plus any chunk the page imports lazily but the browser
//     fetches before the first chart is on screen
//   - data fetched before each route's first chart ≤ 100 kB gzip
// The import graph comes from dist/.vite/manifest.json; what the page fetches, and the data, are measured in Chromium
// (each route opened cold, every /data/ request until the first chart appears) and cross-checked
// against the per-route declaration in scripts/perf/routes.ts; without a browser the declaration is used.
// Prints every chunk's raw and gzip size, then each budget; exits 1 when any budget is broken.
import path from 'node:path';
import { existsSync } from 'node:fs';
import {
  fileSize,
  firstLoadJs,
  listFiles,
  readViteManifest,
  routeBundle,
  type FileSize,
  type RouteBundle,
} from './perf/bundleGraph.ts';
import { DATA_BUDGET, JS_BUDGET } from './perf/budgetLimits.ts';
import { hasChromium, launchChromium } from './perf/browser.ts';
import { measureColdLoad, type ColdLoad } from './perf/coldLoad.ts';
import { kB } from './perf/gzipSize.ts';
import { DECLARED_DATA, routeName, routesFromManifest } from './perf/routes.ts';
import { serveFolder } from './perf/staticServer.ts';
import { formatTable } from './perf/table.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const useBrowser = !process.argv.includes('--no-browser');

const sum = (files: readonly FileSize[]) => files.reduce((a, f) => a + f.gzip, 0);

function chunkTable(): string {
  const assets = listFiles(DIST, 'assets').filter((f) => /\.(js|css)$/.test(f));
  const rows = assets
    .map((f) => fileSize(DIST, f))
    .sort((a, b) => b.gzip - a.gzip)
    .map((s) => [s.file, kB(s.raw), kB(s.gzip)]);
  return formatTable(['code chunk', 'raw kB', 'gzip kB'], rows);
}

function dataTable(): string {
  const files = listFiles(DIST, 'data').filter((f) => f.endsWith('.json'));
  const top = files.filter((f) => !f.includes('/', 'data/'.length)).map((f) => fileSize(DIST, f));
  const rows = top.sort((a, b) => b.gzip - a.gzip).map((s) => [s.file, kB(s.raw), kB(s.gzip)]);
  // 160-odd country chunks and 36 year chunks: one summary row per folder, naming the largest.
  for (const folder of ['countries', 'years']) {
    const sizes = files.filter((f) => f.startsWith(`data/${folder}/`)).map((f) => fileSize(DIST, f));
    if (sizes.length === 0) continue;
    const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const median = [...sizes].sort((a, b) => a.gzip - b.gzip)[Math.floor(sizes.length / 2)];
    rows.push([
      `data/${folder}/*.json (${sizes.length} files; largest ${path.basename(largest.file)}, median ${kB(median?.gzip ?? 0)} kB gz)`,
      kB(sizes.reduce((a, s) => a + s.raw, 0)),
      kB(sum(sizes)),
    ]);
  }
  return formatTable(['data chunk', 'raw kB', 'gzip kB'], rows);
}

interface Verdict {
  budget: string;
  figure: number;
  limit: number;
  detail: string;
}

async function main(): Promise<number> {
  if (!existsSync(DIST)) {
    console.error('budgets: dist/ is missing; run `npm run build` first');
    return 1;
  }
  const manifest = readViteManifest(DIST);
  const routes = routesFromManifest(manifest);
  const bundles: RouteBundle[] = routes.map((r) => routeBundle(DIST, manifest, r));

  console.log(chunkTable());
  console.log();
  console.log(dataTable());
  console.log();

  let loads: ColdLoad[] | null = null;
  if (useBrowser && hasChromium()) {
    const server = await serveFolder(DIST);
    try {
      const browser = await launchChromium();
      try {
        loads = [];
        for (const route of routes) loads.push(await measureColdLoad(browser, server.url, DIST, route));
      } finally {
        await browser.close();
      }
    } catch (error) {
      // The browser tests will say what is wrong with Chromium; the sizes can still be checked.
      loads = null;
      console.log(
        `budgets: Chromium failed (${(error as Error).message.split('\n')[0]}): data figures come from the declarations`,
      );
    } finally {
      await server.close();
    }
  } else {
    console.log(
      `budgets: ${useBrowser ? 'no Chromium found' : '--no-browser'}: data figures come from the declarations`,
    );
  }

  const verdicts: Verdict[] = [];
  const warnings: string[] = [];
  // A view page built (src/app/viewPages.ts finds every one) but not yet given a route answers with
  // the app's "No such page": nothing to budget there yet.
  const unrouted = new Set((loads ?? []).filter((l) => l.isNotRouted).map((l) => l.route));
  for (const route of unrouted)
    warnings.push(
      `${routeName(route)}: the build has ${route.pageModule} but the app answers "No such page"; not budgeted`,
    );
  const rows = bundles
    .filter((b) => !unrouted.has(b.route))
    .map((b) => {
      const route = b.route;
      const load = loads?.find((l) => l.route === route);
      const declared = DECLARED_DATA[route.path];
      const declaredSizes = declared?.map((f) => fileSize(DIST, `data/${f}`));
      const measuredData = load ? sum(load.data) : null;
      const dataFigure = measuredData ?? (declaredSizes ? sum(declaredSizes) : null);
      const js = firstLoadJs(b, load?.js);
      verdicts.push({
        budget: `JS on first load of ${routeName(route)}`,
        figure: js.gzip,
        limit: JS_BUDGET,
        detail: js.files.map((f) => path.basename(f.file)).join(' + '),
      });
      if (dataFigure !== null) {
        const files = load ? load.data.map((d) => d.file) : (declared ?? []).map((f) => `data/${f}`);
        verdicts.push({
          budget: `data before first chart of ${routeName(route)}${load ? '' : ' (declared)'}`,
          figure: dataFigure,
          limit: DATA_BUDGET,
          detail: files.map((f) => f.replace(/^data\//, '')).join(' + ') || 'none',
        });
      } else {
        warnings.push(
          `${routeName(route)}: no data figure (no browser measurement and no declaration in scripts/perf/routes.ts)`,
        );
      }
      if (load) {
        if (load.firstFigureMs === null) {
          warnings.push(
            `${routeName(route)}: no "${load.selector}" appeared within 20 s; counted the data loaded until the network was idle`,
          );
        }
        for (const e of load.errors) warnings.push(`${routeName(route)}: page error: ${e}`);
        const missingJs = b.files.filter((f) => !load.js.some((j) => j.file === f.file));
        const extraJs = load.js.filter((j) => !b.files.some((f) => f.file === j.file));
        if (missingJs.length > 0 && load.firstFigureMs !== null) {
          warnings.push(
            `${routeName(route)}: import graph lists ${missingJs.map((f) => f.file).join(', ')} but the browser did not load it before the first chart`,
          );
        }
        if (extraJs.length > 0) {
          warnings.push(
            `${routeName(route)}: counted too: ${extraJs.map((f) => `${f.file} (${kB(f.gzip)} kB gz)`).join(', ')}, imported lazily by the page but fetched before its first chart`,
          );
        }
        if (declared) {
          const got = new Set(load.data.map((d) => d.file.replace(/^data\//, '')));
          const want = new Set(declared);
          const onlyMeasured = [...got].filter((f) => !want.has(f));
          const onlyDeclared = [...want].filter((f) => !got.has(f));
          if (onlyMeasured.length + onlyDeclared.length > 0) {
            warnings.push(
              `${routeName(route)}: declared data differs from what the browser fetched` +
                (onlyMeasured.length ? `; also fetched ${onlyMeasured.join(', ')}` : '') +
                (onlyDeclared.length ? `; not fetched ${onlyDeclared.join(', ')}` : '') +
                ' (update DECLARED_DATA in scripts/perf/routes.ts)',
            );
          }
        }
      }
      const declaredFigure = declaredSizes ? kB(sum(declaredSizes)) : '–';
      return [
        routeName(route),
        kB(b.js.gzip),
        load ? kB(sum(load.js)) : '–',
        kB(js.raw),
        kB(js.gzip),
        kB(b.css.gzip),
        measuredData === null ? '–' : kB(measuredData),
        declaredFigure,
        load?.firstFigureMs == null ? '–' : `${Math.round(load.firstFigureMs)}`,
      ];
    });

  console.log(
    formatTable(
      [
        'route',
        'JS import graph gz kB',
        'JS fetched before chart gz kB',
        'JS first load raw kB',
        'JS first load gz kB',
        'CSS gz kB',
        'data gz kB (browser)',
        'data gz kB (declared)',
        'first chart ms (info only)',
      ],
      rows,
    ),
  );
  console.log();
  for (const w of warnings) console.log(`note: ${w}`);
  if (warnings.length) console.log();

  let broken = 0;
  for (const v of verdicts) {
    const ok = v.figure <= v.limit;
    if (!ok) broken++;
    const margin = ok
      ? `${kB(v.limit - v.figure)} kB to spare`
      : `OVER by ${kB(v.figure - v.limit)} kB (${(((v.figure - v.limit) / v.limit) * 100).toFixed(1)}%)`;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${v.budget}: ${kB(v.figure)} kB gzip ≤ ${kB(v.limit)} kB — ${margin}  [${v.detail}]`,
    );
  }
  console.log();
  console.log(
    broken === 0
      ? `budgets: all ${verdicts.length} budgets met`
      : `budgets: ${broken} of ${verdicts.length} budgets broken`,
  );
  return broken === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`budgets: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);

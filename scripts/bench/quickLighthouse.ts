// A quick Lighthouse mobile check while working on speed: `npx tsx scripts/bench/quickLighthouse.ts
// [dist] [runs] [route…]` prints performance, LCP, TBT and FCP per route (median by score). Not a
// substitute for `npm run bench`, which writes docs/PERFORMANCE.md; this is the inner loop.
import path from 'node:path';
import { serveFolder } from '../perf/staticServer.ts';
import { runLighthouse } from './lighthouse.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const [distArg, runsArg, ...routeArgs] = process.argv.slice(2);
const dist = path.resolve(distArg ?? path.join(ROOT, 'dist'));
const runs = Number(runsArg ?? 1);
const routes =
  routeArgs.length > 0
    ? routeArgs
    : ['/', '/claims', '/compare', '/deployments', '/fatalities', '/missions', '/sources', '/women'];

const server = await serveFolder(dist, { gzip: true });
for (const route of routes) {
  const results = [];
  for (let i = 0; i < runs; i++)
    results.push(await runLighthouse(ROOT, new URL(`#${route}`, server.url).href, 'mobile'));
  results.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  const m = results[Math.floor(results.length / 2)]!;
  const all = results.map((r) => `${r.performance}/${Math.round(r.tbtMs ?? -1)}`).join(' ');
  console.log(
    `${route.padEnd(13)} perf ${m.performance} LCP ${Math.round(m.lcpMs ?? -1)} TBT ${Math.round(m.tbtMs ?? -1)} FCP ${Math.round(m.fcpMs ?? -1)} CLS ${m.cls?.toFixed(3)}  [${all}]`,
  );
}
await server.close();

// npx tsx scripts/dev/lighthouseRoute.ts <route> [mobile|desktop] — one Lighthouse run of one route of
// the built app (dist/), served gzipped as the bench serves it: for checking a change before the whole
// `npm run bench`. Prints the scores, the long tasks' total blocking time and what shifted.
import path from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { runLighthouseCli } from '../bench/lighthouse.ts';
import { serveFolder } from '../perf/staticServer.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const route = process.argv[2] ?? '';
const preset = process.argv[3] === 'desktop' ? 'desktop' : 'mobile';
const server = await serveFolder(path.join(ROOT, 'dist'), { gzip: true });
const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bh-lh1-')), 'report.json');
try {
  // Asynchronous: the static server answers from this same process.
  await runLighthouseCli(ROOT, `${server.url}#/${route}`, out, preset, ['performance']);
} finally {
  await server.close();
}
interface Audit {
  numericValue?: number;
  details?: { items?: Array<Record<string, unknown>> };
}
const report = JSON.parse(readFileSync(out, 'utf8')) as {
  categories: { performance: { score: number } };
  audits: Record<string, Audit>;
};
const a = report.audits;
console.log(
  `/${route} ${preset}: perf ${report.categories.performance.score} · LCP ${Math.round(a['largest-contentful-paint']?.numericValue ?? NaN)} ms · TBT ${Math.round(a['total-blocking-time']?.numericValue ?? NaN)} ms · CLS ${(a['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}`,
);
for (const t of a['long-tasks']?.details?.items ?? [])
  console.log(
    `  long task at ${Math.round(Number(t.startTime))} ms: ${Math.round(Number(t.duration))} ms ${typeof t.url === 'string' ? t.url : ''}`,
  );
for (const s of a['layout-shifts']?.details?.items ?? []) {
  const node = s.node as { snippet?: string; selector?: string } | undefined;
  console.log(
    `  shift ${Number(s.score).toFixed(3)}: ${node?.selector ?? ''} ${node?.snippet?.slice(0, 200) ?? ''}`,
  );
}

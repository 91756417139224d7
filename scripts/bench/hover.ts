// npx tsx scripts/bench/hover.ts [--moves N] [--rounds N]: only the hover measurement of `npm run bench`
// (pointer move → tooltip updated on the 162-series chart), for checking a change to the chart kit
// without the rest of the bench. Builds the bench page into dist-bench/ first.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { launchChromium } from '../perf/browser.ts';
import { serveFolder } from '../perf/staticServer.ts';
import { hoverRun } from './chartBench.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const MOVES = numberArg('moves', 200);
const ROUNDS = numberArg('rounds', 3);
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
};

const build = spawnSync('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);
const server = await serveFolder(path.join(ROOT, 'dist-bench'), {
  mounts: { '/data/': path.join(ROOT, 'data') },
});
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${server.url}bench.html`);
  const info = await page.evaluate(() => window.bench.ready());
  for (let round = 1; round <= ROUNDS; round++) {
    const h = await hoverRun(page, 'ours', MOVES);
    console.log(
      `round ${round}: ${info.series} series, ${MOVES} moves: commit p50 ${quantile(h.commit, 0.5).toFixed(1)} ms, ` +
        `p95 ${quantile(h.commit, 0.95).toFixed(1)} ms; next frame p50 ${quantile(h.frame, 0.5).toFixed(1)} ms, ` +
        `p95 ${quantile(h.frame, 0.95).toFixed(1)} ms; ${h.timedOut} moves without update`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

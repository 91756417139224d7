// Drives the benchmark page (page.tsx) in Chromium: the all-contributors render, ours vs Observable
// Plot, and the hover latency of each over pointer moves across the chart.
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { serveFolder } from '../perf/staticServer.ts';
import type { HoverSamples, RenderTimes } from './benchApi.ts';

export interface ChartBenchResult {
  series: number;
  months: number;
  detached: RenderTimes;
  attached: RenderTimes;
  hover: { ours: HoverSamples; plot: HoverSamples; moves: number };
}

export async function runChartBench(
  browser: Browser,
  options: { root: string; benchDist: string; runs: number; warmup: number; moves: number },
): Promise<ChartBenchResult> {
  const server = await serveFolder(options.benchDist, {
    mounts: { '/data/': path.join(options.root, 'data') },
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${server.url}bench.html`);
    const info = await page.evaluate(() => window.bench.ready());
    const { runs, warmup } = options;
    const detached = await page.evaluate(([r, w]) => window.bench.render(r, w, false), [
      runs,
      warmup,
    ] as const);
    const attached = await page.evaluate(([r, w]) => window.bench.render(r, w, true), [
      runs,
      warmup,
    ] as const);
    const ours = await hoverRun(page, 'ours', options.moves);
    const plot = await hoverRun(page, 'plot', options.moves);
    if (errors.length) throw new Error(`bench page errors: ${errors.join('; ')}`);
    return {
      series: info.series,
      months: info.months,
      detached,
      attached,
      hover: { ours, plot, moves: options.moves },
    };
  } finally {
    await context.close();
    await server.close();
  }
}

export type Page = Awaited<ReturnType<Browser['newPage']>>;

/** `moves` real pointer moves (CDP input) left to right across the plot, each waiting for its update. */
export async function hoverRun(page: Page, which: 'ours' | 'plot', moves: number): Promise<HoverSamples> {
  const box = await page.evaluate((w) => window.bench.mountForHover(w), which);
  const y = box.top + box.height * 0.45;
  await page.mouse.move(box.left - 20, y);
  await page.waitForTimeout(100);
  let timedOut = 0;
  for (let i = 0; i < moves; i++) {
    // 10 % … 70 % of the svg's width lies inside both plot areas (end labels take the right side):
    // every step lands on a new month.
    const x = box.left + box.width * (0.1 + (0.6 * i) / Math.max(1, moves - 1));
    const before = await page.evaluate(() => window.bench.hoverSamples().commit.length);
    await page.mouse.move(x, y);
    try {
      await page.waitForFunction((n) => window.bench.hoverSamples().commit.length > n, before, {
        timeout: 2000,
      });
    } catch {
      timedOut++;
    }
  }
  await page.waitForTimeout(200);
  const samples = await page.evaluate(() => window.bench.hoverSamples());
  return { ...samples, timedOut };
}

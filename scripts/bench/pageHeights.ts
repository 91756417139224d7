// How far a reader scrolls: each route's document height at a phone width (390 px) and a laptop width
// (1280 px), once its first figure is on screen and the network is quiet. Sections drawn when seen
// reserve their height before they draw, so the figure is the height the reader will scroll, not
// the height of what happens to be drawn.
//
// Standalone, to measure an older build for the "before" column:
//   npx tsx scripts/bench/pageHeights.ts <dist folder>
import type { Browser } from '@playwright/test';
import { launchChromium } from '../perf/browser.ts';
import { readViteManifest } from '../perf/bundleGraph.ts';
import {
  DEFAULT_FIRST_FIGURE,
  FIRST_FIGURE,
  routeName,
  routesFromManifest,
  type AppRoute,
} from '../perf/routes.ts';
import { serveFolder } from '../perf/staticServer.ts';

export const PAGE_WIDTHS = [390, 1280] as const;

export interface PageHeight {
  route: string;
  width: number;
  heightPx: number | null;
}

export async function measurePageHeights(
  browser: Browser,
  dist: string,
  routes: readonly AppRoute[],
): Promise<PageHeight[]> {
  const server = await serveFolder(dist);
  const out: PageHeight[] = [];
  try {
    for (const route of routes) {
      for (const width of PAGE_WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
        const page = await context.newPage();
        let heightPx: number | null = null;
        try {
          await page.goto(new URL(route.hash, server.url).href);
          await page
            .locator(FIRST_FIGURE[route.path] ?? DEFAULT_FIRST_FIGURE)
            .first()
            .waitFor({ timeout: 30_000 });
          await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
          await page.waitForTimeout(500);
          heightPx = await page.evaluate(() => document.documentElement.scrollHeight);
        } catch {
          heightPx = null;
        }
        await context.close();
        out.push({ route: routeName(route), width, heightPx });
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dist = process.argv[2] ?? 'dist';
  const routes = routesFromManifest(readViteManifest(dist));
  const browser = await launchChromium();
  try {
    for (const h of await measurePageHeights(browser, dist, routes))
      console.log(`${h.route}\t${h.width}\t${h.heightPx ?? '–'}`);
  } finally {
    await browser.close();
  }
}

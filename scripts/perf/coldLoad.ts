// Opens a route cold (fresh browser context: empty cache) and records every resource requested
// until the route's first chart is in the DOM. Sizes come from the files in dist/, gzipped here,
// so the figures do not depend on the server or on timing.
import type { Browser } from '@playwright/test';
import { fileSize, type FileSize } from './bundleGraph.ts';
import { DEFAULT_FIRST_FIGURE, FIRST_FIGURE, type AppRoute } from './routes.ts';

export interface ColdLoad {
  route: AppRoute;
  selector: string;
  /** ms from navigation start until the first chart was in the DOM; null when it never appeared. */
  firstFigureMs: number | null;
  data: FileSize[];
  js: FileSize[];
  errors: string[];
  /** The app answered with its "No such page" view: the page exists in the build but has no route yet. */
  isNotRouted: boolean;
}

declare global {
  interface Window {
    __bhFirstFigure?: number;
  }
}

export async function measureColdLoad(
  browser: Browser,
  baseUrl: string,
  dist: string,
  route: AppRoute,
  timeoutMs = 20_000,
): Promise<ColdLoad> {
  const selector = FIRST_FIGURE[route.path] ?? DEFAULT_FIRST_FIGURE;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Watches the DOM from the very first node, so the moment is exact, not a polling interval. A string,
  // not a function: tsx's name-keeping helper (__name) does not exist inside the page.
  await page.addInitScript(`(() => {
    const sel = ${JSON.stringify(selector)};
    const observer = new MutationObserver(() => {
      if (window.__bhFirstFigure === undefined && document.querySelector(sel)) {
        window.__bhFirstFigure = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`);
  await page.goto(new URL(route.hash, baseUrl).href);
  let firstFigureMs: number | null = null;
  try {
    await page.waitForFunction(() => window.__bhFirstFigure !== undefined, undefined, { timeout: timeoutMs });
    firstFigureMs = await page.evaluate(() => window.__bhFirstFigure ?? null);
  } catch {
    // No chart on this page (yet): count what it loads until the network is quiet.
    await page.waitForLoadState('networkidle').catch(() => undefined);
  }
  // NotFound.tsx renders an alert headed "No such page".
  const isNotRouted =
    firstFigureMs === null &&
    (await page.locator('[role="alert"] h1', { hasText: 'No such page' }).count()) > 0;
  const resources = await page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => until === null || e.startTime <= until)
        .map((e) => e.name),
    firstFigureMs,
  );
  await context.close();
  const origin = new URL(baseUrl);
  const files = [
    ...new Set(
      resources.map((name) => decodeURIComponent(new URL(name).pathname).slice(origin.pathname.length)),
    ),
  ];
  const sizes = (pred: (f: string) => boolean) =>
    files
      .filter(pred)
      .sort()
      .map((f) => fileSize(dist, f));
  return {
    route,
    selector,
    firstFigureMs,
    data: sizes((f) => f.startsWith('data/') && f.endsWith('.json')),
    js: sizes((f) => f.endsWith('.js')),
    errors,
    isNotRouted,
  };
}

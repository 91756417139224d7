// A cross-check of Lighthouse's mobile figures, observed in the page itself: each route opened cold in
// Chromium with Lighthouse's mobile conditions applied through the DevTools protocol (412 × 823 phone
// screen, 150 ms round trips, 1.6 Mbit/s down, 4× CPU slowdown), reading the browser's own
// largest-contentful-paint (time and element) and layout-shift entries. Lighthouse 12.2.3 cannot name
// the LCP element or the shifted nodes with Chromium 156 (its trace gatherers fail), so this does.
import type { Browser } from '@playwright/test';
import { serveFolder } from '../perf/staticServer.ts';
import { routeName, type AppRoute } from '../perf/routes.ts';

export interface PaintProbe {
  route: string;
  lcpMs: number | null;
  lcpElement: string;
  /** CLS as Chrome defines it: the largest session window of shifts without recent input. */
  cls: number;
  shifts: string[];
}

declare global {
  interface Window {
    __bhPaint?: {
      lcp: { t: number; el: string } | null;
      shifts: { t: number; v: number; input: boolean; what: string }[];
    };
  }
}

// A string, not a function: tsx's name-keeping helper (__name) does not exist inside the page.
const OBSERVE = `(() => {
  const describe = (n) => {
    if (!n) return '?';
    if (n.nodeType !== 1) return (n.parentElement ? describe(n.parentElement) + ' > ' : '') + '#text';
    const cls = typeof n.className === 'string' && n.className ? '.' + n.className.trim().split(/\\s+/).join('.') : '';
    return n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + cls;
  };
  const state = { lcp: null, shifts: [] };
  window.__bhPaint = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.lcp = { t: e.startTime, el: describe(e.element) + ' "' + ((e.element && e.element.textContent) || '').trim().slice(0, 50) + '"' };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.shifts.push({ t: e.startTime, v: e.value, input: e.hadRecentInput, what: (e.sources || []).map((s) => describe(s.node)).join(', ') });
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

function sessionWindowMax(shifts: { t: number; v: number; input: boolean }[]): number {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts.filter((x) => !x.input).sort((a, b) => a.t - b.t)) {
    if (s.t - last > 1000 || s.t - start > 5000) {
      current = 0;
      start = s.t;
    }
    current += s.v;
    last = s.t;
    best = Math.max(best, current);
  }
  return best;
}

export async function probePaints(
  browser: Browser,
  dist: string,
  routes: readonly AppRoute[],
): Promise<PaintProbe[]> {
  const server = await serveFolder(dist, { gzip: true });
  const out: PaintProbe[] = [];
  try {
    for (const route of routes) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(OBSERVE);
      await page.goto(new URL(route.hash, server.url).href);
      await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
      await page.waitForTimeout(2000);
      const paint = await page.evaluate(() => window.__bhPaint ?? null);
      await context.close();
      out.push({
        route: routeName(route),
        lcpMs: paint?.lcp?.t ?? null,
        lcpElement: paint?.lcp?.el ?? '?',
        cls: sessionWindowMax(paint?.shifts ?? []),
        shifts: (paint?.shifts ?? [])
          .filter((s) => s.v >= 0.005)
          .map((s) => `${s.v.toFixed(3)} at ${Math.round(s.t)} ms: ${s.what}`),
      });
    }
  } finally {
    await server.close();
  }
  return out;
}

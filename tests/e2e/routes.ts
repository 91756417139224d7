// Every address the browser tests visit, derived from the one list the site itself renders: the
// header's `export const NAV_ITEMS` in src/app/Layout.tsx (read from its source: Layout.tsx is JSX and
// pulls in the app, so Node does not import it). Each view is also visited as an embed
// (#/embed/<view>) and in present mode (?present=1), and the not-found page stands for every unknown
// address.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export interface RouteCase {
  /** File-name-safe name: 'overview', 'deployments', 'embed-women', 'present-fatalities', 'not-found'. */
  name: string;
  /** The fragment to open: '#/', '#/deployments', '#/embed/women', '#/fatalities?present=1'. */
  hash: string;
  kind: 'site' | 'embed' | 'present' | 'not-found';
}

export interface NavItem {
  to: string;
  label: string;
}

/** NAV_ITEMS as written in src/app/Layout.tsx. */
export function navItems(): NavItem[] {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../src/app/Layout.tsx'), 'utf8');
  const list = /export const NAV_ITEMS = \[([\s\S]*?)\] as const;/.exec(source)?.[1];
  if (!list)
    throw new Error('src/app/Layout.tsx no longer exports NAV_ITEMS as a list; update tests/e2e/routes.ts');
  const items = [...list.matchAll(/\{\s*to:\s*'([^']*)',\s*label:\s*'([^']*)'\s*\}/g)].map((m) => ({
    to: m[1]!,
    label: m[2]!,
  }));
  if (items.length === 0 || !items.some((i) => i.to === '/'))
    throw new Error(`could not read NAV_ITEMS: ${list}`);
  return items;
}

const viewName = (to: string): string => (to === '/' ? 'overview' : to.replace(/^\//, ''));

export const siteRoutes: RouteCase[] = navItems().map((item) => ({
  name: viewName(item.to),
  hash: `#${item.to}`,
  kind: 'site',
}));

/** The views proper (the playlist is a page about views, not a view). */
const views = siteRoutes.filter((r) => r.name !== 'playlist');

/** Every view can be embedded (with no chart= parameter an embed shows all of the view's charts). */
export const embedRoutes: RouteCase[] = views.map((r) => ({
  name: `embed-${r.name}`,
  hash: `#/embed/${r.name}`,
  kind: 'embed',
}));

/** Present mode: the same view in large type without the site's chrome. */
export const presentRoutes: RouteCase[] = views.map((r) => ({
  name: `present-${r.name}`,
  hash: `${r.hash}?present=1`,
  kind: 'present',
}));

export const notFoundRoute: RouteCase = { name: 'not-found', hash: '#/no-such-view', kind: 'not-found' };

export const allRoutes: RouteCase[] = [...siteRoutes, ...embedRoutes, ...presentRoutes, notFoundRoute];

/** Opens a route and waits until its data has loaded and its charts have been measured. */
export async function openRoute(page: Page, route: RouteCase | string): Promise<void> {
  const hash = typeof route === 'string' ? route : route.hash;
  await page.goto(`./${hash}`);
  await waitForSettled(page);
}

export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
  // Two frames: ResizeObserver has reported the charts' widths and React has drawn them.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * Charts are drawn when they come near the viewport; tests that read every chart of a page turn on
 * the app's "draw everything" switch (src/ui/drawAll.ts) before it starts.
 */
export async function drawEverything(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    (window as { __BH_DRAW_ALL__?: boolean }).__BH_DRAW_ALL__ = true;
  });
}

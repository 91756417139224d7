// The app's routes as the budgets and the benchmark see them, plus what each route's first chart
// needs. Routes follow the views' convention (src/app/viewPages.ts): a view is a folder
// src/features/<name>/ with a lazily loaded <Name>Page.tsx, served at '/<name>' ('/' for the
// overview). They are read from the build manifest, so a view added to the app is measured without
// touching this file.

export interface AppRoute {
  /** Router path ('' for the index route). */
  path: string;
  /** What a browser opens: './#/' + path. */
  hash: string;
  /** The lazily imported page module, relative to the repo (a key of dist/.vite/manifest.json). */
  pageModule: string;
}

const PAGE_MODULE = /^src\/features\/([^/]+)\/([^/]+)Page\.tsx$/;

/** Every lazily loaded view page in the build, as a route; the overview first, then by name. */
export function routesFromManifest(manifest: Record<string, { isDynamicEntry?: boolean }>): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    const m = PAGE_MODULE.exec(key);
    if (!chunk.isDynamicEntry || !m || m[1] === undefined || m[2]?.toLowerCase() !== m[1].toLowerCase())
      continue;
    const routePath = m[1] === 'overview' ? '' : m[1];
    routes.push({ path: routePath, hash: `./#/${routePath}`, pageModule: key });
  }
  if (routes.length === 0)
    throw new Error('the build has no lazily loaded src/features/<name>/<Name>Page.tsx');
  return routes.sort((a, b) => (a.path === '' ? -1 : b.path === '' ? 1 : a.path.localeCompare(b.path)));
}

export const routeName = (r: { path: string }): string => (r.path === '' ? '/ (overview)' : `/${r.path}`);

/**
 * The data chunks each route's first chart needs with its default view (country BGD), declared by
 * hand from the page code. The browser measurement is the real figure; this table is its cross-check,
 * and the fallback when no browser is available. A route missing here is measured in the browser only.
 */
export const DECLARED_DATA: Record<string, readonly string[]> = {
  // Headline figures: the country's cells, its rank (the latest year's cross-section) and its fatalities.
  '': ['manifest.json', 'years/2025.json', 'countries/BGD.json', 'fatalities.json'],
  // The by-type chart waits for the country's cells only; totals (for ranks) are requested alongside.
  deployments: ['manifest.json', 'countries/BGD.json', 'totals.json'],
  fatalities: ['manifest.json', 'fatalities.json'],
  women: ['manifest.json', 'totals.json', 'countries/BGD.json'],
  // Per capita: the latest year's cross-section and population.
  compare: ['manifest.json', 'population.json', 'years/2025.json'],
  claims: ['manifest.json', 'countries/BGD.json', 'countries/BTN.json', 'fatalities.json'],
  sources: ['manifest.json'],
  // The default mission's chunk (derived at build time from the country chunks, vite.config.ts).
  missions: ['manifest.json', 'missions/MINUSCA.json'],
};

/**
 * What "the first chart is on screen" means per route: the first <svg role="img">, or for pages
 * whose first figure is not a chart, that figure. Anything else: the first chart svg.
 */
export const FIRST_FIGURE: Record<string, string> = {
  '': 'svg[role="img"], [data-testid="headline-figures"]',
  sources: 'svg[role="img"], main table',
};
export const DEFAULT_FIRST_FIGURE = 'svg[role="img"]';

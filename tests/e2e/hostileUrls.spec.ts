// Opens more than a thousand malformed and hostile links, generated from a seed, on every route the
// app declares. Each must give a working page: the navigation renders; the view renders, or a notice
// or alert says what was ignored; no uncaught error, no console error, no injected markup, and none of
// the payloads ever sets window.__pwned. One page is reused: links are opened by setting location.hash
// (what following a link inside the app does), and every 60th one by a full page load. CSP violations
// are collected too.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchRoutes, type RouteObject } from 'react-router';
import { parseView, secondHashNotice, type ViewSpec } from '../../src/state/viewState.ts';
import { appRoutes, paramContextFromDataset, viewFolders, viewSpecOf } from './appRoutes.ts';
import {
  encodeAny,
  generateHostileUrls,
  HOSTILE_SEGMENTS,
  interleaveByRoute,
  SCRIPT_PAYLOADS,
  type HostileUrl,
} from './hostileUrlCorpus.ts';

const SEED = Number(process.env.BH_HOSTILE_SEED ?? 20_250_701);
const PER_ROUTE = 100;
const UNKNOWN_VIEWS = 100;
const FULL_LOAD_EVERY = 60;
const report = path.resolve(import.meta.dirname, '../../reports/hostile-urls.json');

interface Expected {
  /** 'notfound' when no page matches; otherwise the route as declared. */
  route: string;
  /** Inside the site's layout (menu and footer) or a route of its own (embed). */
  inLayout: boolean;
  /** ?present=1: the layout drops its menu for an exit link. */
  isPresenting: boolean;
  /** The href of the menu item React Router marks current for this path (null: none, e.g. '/wome%6e'). */
  navHref: string | null;
  /** The notices the view's own parser gives for this link (null: no parameters, or not shown in this mode). */
  notices: string[] | null;
}

interface Outcome {
  /** location.hash as the page has it. */
  hash: string;
  settled: boolean;
  isNotFound: boolean;
  hasShell: boolean;
  errorPanel: string | null;
  notices: number;
  noticeTexts: string[];
  mainText: string;
  pwned: boolean;
  injected: string[];
}

/** What the router will see: react-router's createHashLocation applied to location.hash. */
function locationOf(hash: string): { pathname: string; search: string } {
  let rest = hash.startsWith('#') ? hash.slice(1) : hash;
  const hashIndex = rest.indexOf('#');
  if (hashIndex >= 0) rest = rest.slice(0, hashIndex);
  const searchIndex = rest.indexOf('?');
  const search = searchIndex >= 0 ? rest.slice(searchIndex) : '';
  let pathname = searchIndex >= 0 ? rest.slice(0, searchIndex) : rest;
  if (pathname === '') pathname = '/';
  if (!pathname.startsWith('/') && !pathname.startsWith('.')) pathname = `/${pathname}`;
  return { pathname, search };
}

/** What follows a second '#' in a location.hash, as HashRouter's location.hash gives it (null: nothing). */
function secondHashTail(hash: string): string | null {
  const rest = hash.startsWith('#') ? hash.slice(1) : hash;
  const at = rest.indexOf('#');
  return at >= 0 && at < rest.length - 1 ? rest.slice(at + 1) : null;
}

/** matchRoutes warns about undecodable paths, as the router does in the page; the page's warnings are what count. */
function quietly<T>(run: () => T): T {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return run();
  } finally {
    console.warn = warn;
  }
}

/**
 * Opens a link (sets location.hash, unless the page was just loaded with it) and, in the same round
 * trip, waits frame by frame until the page has settled on the expected route, then reports what it
 * shows. Runs in the page.
 */
function openAndInspect(args: { hash: string | null; exp: Expected; timeoutMs: number }): Promise<Outcome> {
  const { hash, exp, timeoutMs } = args;
  if (hash !== null) location.hash = hash;
  // A short timer, not an animation frame: React commits without painting, and 1,000 links × 3 frames
  // would spend most of the budget waiting for vsync.
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 4));
  const mainOf = () => document.querySelector('main') ?? document.getElementById('root');
  const isNotFoundShown = () => {
    const alert = mainOf()?.querySelector('[role="alert"]');
    return !!alert && /No such page/.test(alert.textContent ?? '');
  };
  const isSettled = () => {
    const nav = document.querySelector('nav[aria-label="Views"]');
    const main = mainOf();
    if (!main || main.textContent?.trim() === '' || main.querySelector('.loading')) return false;
    const isNotFound = isNotFoundShown();
    if (exp.route === 'notfound') return isNotFound;
    if (isNotFound) return false;
    const isPresentation = !!document.querySelector('[data-testid="exit-presentation"]');
    if (!exp.inLayout) return !nav && !isPresentation;
    if (exp.isPresenting) return isPresentation;
    if (!nav) return false;
    // Which menu item is current tells this render from the previous link's (see markerOf).
    const current = nav.querySelector('a[aria-current="page"]')?.getAttribute('href') ?? null;
    return current === exp.navHref;
  };
  return (async () => {
    const deadline = performance.now() + timeoutMs;
    let settled = false;
    await tick();
    while (performance.now() < deadline) {
      if (isSettled()) {
        settled = true;
        break;
      }
      await tick();
    }
    // A little longer, so that effects of the render (and any injected handler) have run.
    await tick();
    await tick();
    const main = mainOf();
    // A view that failed says "could not be shown/loaded"; "No such page/view/chart" explains a bad link.
    const panel = Array.from(main?.querySelectorAll('.error-panel') ?? []).find((p) =>
      /could not be/.test(p.textContent ?? ''),
    );
    const injected: string[] = [];
    const count = (xpath: string) =>
      document.evaluate(xpath, document, null, XPathResult.NUMBER_TYPE, null).numberValue;
    const handlers = count('count(//@*[starts-with(translate(name(), "ON", "on"), "on")])');
    if (handlers > 0) injected.push(`${handlers} on* attribute(s)`);
    const inlineScripts = document.querySelectorAll('script:not([src])').length;
    if (inlineScripts > 0) injected.push(`${inlineScripts} inline script(s)`);
    const frames = document.querySelectorAll('iframe, object, embed, frame').length;
    if (frames > 0) injected.push(`${frames} frame/object element(s)`);
    const jsUrls = document.querySelectorAll(
      '[href^="javascript:" i], [src^="javascript:" i], [href^=" javascript:" i], [href^="data:text/html" i], [action^="javascript:" i]',
    ).length;
    if (jsUrls > 0) injected.push(`${jsUrls} javascript:/data: link(s)`);
    const standard = [
      'constructor',
      '__defineGetter__',
      '__defineSetter__',
      'hasOwnProperty',
      '__lookupGetter__',
      '__lookupSetter__',
      'isPrototypeOf',
      'propertyIsEnumerable',
      'toString',
      'valueOf',
      '__proto__',
      'toLocaleString',
    ];
    const polluted = Object.getOwnPropertyNames(Object.prototype).filter((name) => !standard.includes(name));
    if (polluted.length > 0) injected.push(`Object.prototype polluted with ${polluted.join(', ')}`);
    const csp = (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [];
    if (csp.length > 0) injected.push(`CSP violation: ${csp.splice(0).join('; ')}`);
    return {
      hash: location.hash,
      settled,
      isNotFound: isNotFoundShown(),
      hasShell:
        document.querySelectorAll('nav[aria-label="Views"] a').length > 0 ||
        !!document.querySelector('[data-testid="exit-presentation"], .bh-embed-root'),
      errorPanel: panel ? (panel.textContent ?? '').slice(0, 300) : null,
      notices: main?.querySelectorAll('[data-testid="view-notices"] li').length ?? 0,
      noticeTexts: Array.from(main?.querySelectorAll('[data-testid="view-notices"] li') ?? []).map(
        (li) => li.textContent ?? '',
      ),
      mainText: (main?.textContent ?? '(no main)').slice(0, 200),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
      injected,
    };
  })();
}

const NOT_FOUND: Expected = {
  route: 'notfound',
  inLayout: true,
  isPresenting: false,
  navHref: null,
  notices: null,
};

/**
 * What the page shows that tells one link's render from another's: an unknown page, the embed frame,
 * the presentation, or the menu with a given item current. Two links in a row with the same marker
 * need another page in between, or the check could pass on the previous link's render.
 */
function markerOf(exp: Expected): string {
  if (exp.route === 'notfound') return 'notfound';
  if (!exp.inLayout) return 'outside the layout';
  return exp.isPresenting ? 'presenting' : `menu ${exp.navHref ?? 'none'}`;
}

/** NavLink's rule (react-router 7): case-insensitive, on the path as written; '/' only exactly. */
function currentMenuItem(pathname: string, hrefs: readonly string[]): string | null {
  const path = pathname.toLowerCase();
  for (const href of hrefs) {
    const to = href.slice(1).toLowerCase();
    const isActive =
      to === '/' ? path === '/' : path === to || (path.startsWith(to) && path.charAt(to.length) === '/');
    if (isActive) return href;
  }
  return null;
}

/** What location.hash becomes when set to `hash` (the same WHATWG setter as in the page). */
function normalisedHash(hash: string, base: string): string {
  const url = new URL(base);
  url.hash = hash;
  return url.hash;
}

/** Parameters a route reads that no view spec declares (they live in the route's own page). */
const ROUTE_PARAMS: Record<string, readonly string[]> = {
  '/playlist/*': ['list', 'at', 'present'],
  '/embed/:view': ['chart'],
};

/** A ?list= value: base64url of the JSON, as src/present/playlist.ts encodes it. */
const playlistParam = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
const HOSTILE_PLAYLISTS = [
  { version: 1, items: [{ route: '/', query: '', title: SCRIPT_PAYLOADS[0] }] },
  {
    version: 1,
    items: [
      { route: '/fatalities', query: `country=${encodeURIComponent(SCRIPT_PAYLOADS[1] ?? '')}`, title: 'x' },
    ],
  },
  { version: 1, items: [{ route: 'javascript:window.__pwned=1', query: '', title: 'x' }] },
  { version: 1, items: [{ route: '/', query: '', chart: '"><svg onload=window.__pwned=1>', title: 'x' }] },
  { version: 1, items: Array.from({ length: 41 }, () => ({ route: '/', query: '', title: 'x' })) },
  { version: 2, items: [] },
  // A right-to-left override in a title ("exe.txt" shown for "txt.exe"), and an unclosed isolate.
  { version: 1, items: [{ route: '/', query: '', title: '\u202Etxt.exe' }] },
  { version: 1, items: [{ route: '/fatalities', query: '', title: 'a\u2067b\u202Dc' }] },
  { version: 1, items: 'nope' },
  // Written as text: in an object literal __proto__ would set the prototype instead of a key.
  '{"__proto__":{"polluted":true},"version":1,"items":[],"constructor":{"prototype":{"polluted":true}}}',
  [],
  null,
].map(playlistParam);

/** Concrete paths for a declared route: dynamic segments filled with real view names and hostile text. */
function concretePaths(route: string, views: readonly string[]): string[] {
  if (!/[:*]/.test(route)) return [route];
  const fillings = [...views, ...HOSTILE_SEGMENTS.map((s) => (/%/.test(s) ? s : encodeAny(s)))];
  const plain = route.replace(/\/\*$/, '').replace(/:[^/]+/g, views[0] ?? 'overview');
  return [plain, ...fillings.map((f) => route.replace(/\*$/, f).replace(/:[^/]+/, f))];
}

// The links are split between two tests that Playwright runs side by side (one per worker): the
// browser's main thread is the bottleneck, and two cores halve the time.
const SHARDS = 2;
test.describe.configure({ mode: 'parallel' });

for (let shard = 0; shard < SHARDS; shard++) {
  test(`a thousand hostile links on every route each give a working page and run nothing (part ${shard + 1} of ${SHARDS})`, async ({
    page,
    baseURL,
  }) => {
    await openHostileLinks(page, baseURL, shard);
  });
}

async function openHostileLinks(page: Page, baseURL: string | undefined, shard: number) {
  // The budget is 3 minutes on two idle cores (about 200 CPU-seconds in all); the limit leaves room for a busy machine.
  test.setTimeout(Number(process.env.BH_HOSTILE_TIMEOUT_MS ?? 600_000));
  const started = Date.now();
  const partFile = report.replace(/\.json$/, `.part-${shard + 1}.json`);
  rmSync(partFile, { force: true });
  const routes = appRoutes();
  const views = viewFolders();
  const context = paramContextFromDataset();
  const specs = new Map<string, ViewSpec<Record<string, unknown>> | null>();
  for (const route of routes) if (route.view) specs.set(route.path, await viewSpecOf(route.view));

  const known = routes.filter((r) => r.path !== '*');
  const all: HostileUrl[] = interleaveByRoute(
    generateHostileUrls({
      routes: known.map((r) => ({
        route: r.path,
        paths: concretePaths(r.path, views),
        params: [...Object.keys(specs.get(r.path) ?? {}), ...(ROUTE_PARAMS[r.path] ?? [])],
        values: r.path.startsWith('/playlist') ? HOSTILE_PLAYLISTS : [],
      })),
      perRoute: PER_ROUTE,
      unknown: UNKNOWN_VIEWS,
      seed: SEED,
    }),
  );
  // BH_HOSTILE_LIMIT runs only the first links, to replay a failure quickly;
  // BH_HOSTILE_ROUTE=/fatalities keeps the links made for one route.
  const only = process.env.BH_HOSTILE_ROUTE;
  const selected = all
    .filter((u) => !only || u.route === only)
    .slice(0, Number(process.env.BH_HOSTILE_LIMIT ?? all.length));
  const urls = selected.flatMap((url, index) => (index % SHARDS === shard ? [{ index, url }] : []));
  expect(all.length).toBeGreaterThanOrEqual(1000);

  const layoutRoutes = routes.filter((r) => r.inLayout);
  const routeObjects: RouteObject[] = [
    {
      path: '/',
      id: 'root',
      children: layoutRoutes.map((r): RouteObject =>
        r.path === '/'
          ? { index: true, id: '/' }
          : { path: r.path === '*' ? '*' : r.path.slice(1), id: r.path },
      ),
    },
    ...routes.filter((r) => !r.inLayout).map((r): RouteObject => ({ path: r.path, id: r.path })),
  ];
  const leafOf = (pathname: string): string =>
    quietly(() => matchRoutes(routeObjects, { pathname }))?.at(-1)?.route.id ?? 'notfound';

  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`uncaught error: ${e.message.slice(0, 300)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text().slice(0, 300)}`);
  });

  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('./#/');
  await expect(page.locator('nav[aria-label="Views"] a').first()).toBeVisible();
  const base = new URL('./', baseURL ?? page.url()).href;
  const navHrefs = await page
    .locator('nav[aria-label="Views"] a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // The menu and the routes read from App.tsx must agree, or the corpus would miss a view.
  for (const href of navHrefs) {
    const leaf = leafOf(locationOf(href).pathname);
    expect(leaf, `menu item ${href} is one of the routes read from App.tsx`).not.toMatch(
      /^(\*|notfound|root)$/,
    );
  }

  const expectationFor = (hash: string): Expected => {
    const { pathname, search } = locationOf(hash);
    const leaf = leafOf(pathname);
    const params = new URLSearchParams(search);
    if (leaf === '*' || leaf === 'notfound' || leaf === 'root') {
      return NOT_FOUND;
    }
    const route = routes.find((r) => r.path === leaf);
    const inLayout = route?.inLayout ?? true;
    const isPresenting = inLayout && params.get('present') === '1';
    const spec = specs.get(leaf) ?? null;
    return {
      route: leaf,
      inLayout,
      isPresenting,
      navHref: currentMenuItem(pathname, navHrefs),
      // Notices belong to the full view; presentation and embeds show the chart alone. Text after a
      // second '#' is kept apart by the router, and the view says it was ignored.
      notices:
        spec && inLayout && !isPresenting
          ? [
              ...parseView(spec, params, context).notices,
              ...(secondHashTail(hash) ? [secondHashNotice(secondHashTail(hash)!)] : []),
            ].map((n) => n.message)
          : null,
    };
  };

  const failures: Array<{ index: number; kind: string; hash: string; after: string; reasons: string[] }> = [];
  const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
  let previousHash = '';
  let tried = 0;
  // The page starts on the overview (loaded above to read the menu).
  let previous: string = markerOf(expectationFor('#/'));
  const writePart = (isDone: boolean) => {
    const part: ReportPart = {
      run: RUN,
      seed: SEED,
      shard,
      of: SHARDS,
      selected: selected.length,
      isDone,
      tried,
      seconds: (Date.now() - started) / 1000,
      failures,
    };
    mkdirSync(path.dirname(report), { recursive: true });
    writeFileSync(partFile, `${JSON.stringify(part, null, 2)}\n`);
  };
  try {
    for (const [position, { index, url }] of urls.entries()) {
      tried = position + 1;
      problems.length = 0;
      const reasons: string[] = [];
      const isFullLoad = position > 0 && position % FULL_LOAD_EVERY === 0;
      const hash = normalisedHash(url.hash, base);
      const expected = expectationFor(hash);
      if (isFullLoad) {
        await page.goto('about:blank');
        const loaded = await page.goto(`${base}${hash}`).catch((e: Error) => e);
        if (loaded instanceof Error)
          reasons.push(`the page did not load: ${loaded.message.split('\n')[0] ?? ''}`);
      } else if (previous === markerOf(expected)) {
        // Pass through another page first (an unknown one, or the overview between two unknown ones).
        const to = expected.route === 'notfound' ? '/' : '/between-two-links';
        const between = await page.evaluate(openAndInspect, {
          hash: to,
          exp: expectationFor(`#${to}`),
          timeoutMs: 10_000,
        });
        if (!between.settled) reasons.push('the page did not leave the previous link');
      }
      previous = markerOf(expected);
      const outcome = await page.evaluate(openAndInspect, {
        hash: isFullLoad ? null : url.hash,
        exp: expected,
        timeoutMs: 10_000,
      });
      reasons.push(...problems);
      if (outcome.hash !== hash)
        reasons.push(
          `the page has the hash ${outcome.hash.slice(0, 80)}, not the expected ${hash.slice(0, 80)}`,
        );
      if (!outcome.hasShell) reasons.push('neither the menu, the exit link nor the embed frame is there');
      if (!outcome.settled) reasons.push(`did not settle on ${expected.route}: ${outcome.mainText}`);
      if (expected.route === 'notfound' && !outcome.isNotFound)
        reasons.push('an unknown page was not reported as such');
      if (expected.route !== 'notfound' && outcome.errorPanel)
        reasons.push(`the view failed: ${outcome.errorPanel}`);
      // Every notice the parser gives must be on the page, word for word.
      const missing = (expected.notices ?? []).filter((message) => !outcome.noticeTexts.includes(message));
      if (missing.length > 0) {
        reasons.push(
          `${missing.length} notice(s) saying what was ignored are not on the page: ${JSON.stringify(missing.slice(0, 3))}`,
        );
      }
      if (outcome.pwned) reasons.push('window.__pwned was set');
      reasons.push(...outcome.injected.map((i) => `injected: ${i}`));
      if (process.env.BH_HOSTILE_TRACE)
        console.log(index, Date.now() - started, expected.route, reasons.join(' | ').slice(0, 200));
      if (position % 100 === 99) writePart(false);
      if (reasons.length > 0) {
        failures.push({ index, kind: url.kind, hash: clip(hash), after: clip(previousHash), reasons });
        if (outcome.pwned || !outcome.settled) {
          await page.goto('about:blank');
          await page.goto('./#/');
          previous = markerOf(expectationFor('#/'));
        }
      }
      previousHash = hash;
    }
  } finally {
    // Written even when the test times out, so a slow or stuck link can be found.
    writePart(true);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `hostile URLs, part ${shard + 1} of ${SHARDS}: tried ${tried}, passed ${tried - failures.length} (${seconds.toFixed(1)} s)`,
    );
    mergeParts(routes.map((r) => r.path));
  }
  expect(
    failures.slice(0, 15),
    `${failures.length} of ${tried} links failed; all in reports/hostile-urls.json`,
  ).toEqual([]);
}

/** Workers are children of one Playwright runner: its pid tells this run's parts from older files. */
const RUN = process.ppid;

interface ReportPart {
  run: number;
  seed: number;
  shard: number;
  of: number;
  selected: number;
  isDone: boolean;
  tried: number;
  seconds: number;
  failures: Array<{ index: number; kind: string; hash: string; after: string; reasons: string[] }>;
}

/** The part that finishes last writes reports/hostile-urls.json and prints the whole tally. */
function mergeParts(routes: string[]) {
  const parts: ReportPart[] = [];
  for (let k = 1; k <= SHARDS; k++) {
    const file = report.replace(/\.json$/, `.part-${k}.json`);
    if (existsSync(file)) parts.push(JSON.parse(readFileSync(file, 'utf8')) as ReportPart);
  }
  const isComplete =
    parts.length === SHARDS &&
    parts.every((p) => p.isDone && p.run === RUN && p.selected === parts[0]?.selected);
  if (!isComplete) return;
  const tried = parts.reduce((sum, p) => sum + p.tried, 0);
  const failures = parts.flatMap((p) => p.failures).sort((a, b) => a.index - b.index);
  const seconds = Math.max(...parts.map((p) => p.seconds));
  writeFileSync(
    report,
    `${JSON.stringify({ seed: SEED, selected: parts[0]?.selected, tried, passed: tried - failures.length, seconds, routes, failures }, null, 2)}\n`,
  );
  console.log(
    `hostile URLs: tried ${tried}, passed ${tried - failures.length} (${seconds.toFixed(1)} s in ${SHARDS} parts, seed ${SEED})`,
  );
}

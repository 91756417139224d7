// Every view and every embed, with each data file it needs broken in turn (missing, truncated, or the
// server gone): the view reaches the message naming the file, with *Try again*, after a bounded number
// of requests — never "Loading…" for ever while the file is asked for again and again — and *Try again*
// recovers once the file is back. brokenData.spec.ts tells the overview's failures in more detail.
import { expect, test, type Page, type Route } from '@playwright/test';
import { latestMonthIndex, manifest as readManifest, readChunk } from './datasetFixture.ts';
import { drawEverything, embedRoutes, siteRoutes } from './routes.ts';
import { latestReportedYear } from '../../src/features/overview/headlineFigures.ts';
import { BHUTAN_YEAR } from '../../src/features/claims/claims.ts';

const manifest = readManifest();
const latestYear = (manifest.months[latestMonthIndex(manifest)] ?? '').slice(0, 4);

/**
 * The files each view needs when opened with its defaults (checked below against what the page really
 * requests, so that a view that starts needing another file is added here). The app asks for the
 * manifest as it starts, whatever the view; the playlist page does not need it.
 */
const FILES: Record<string, string[]> = {
  overview: [
    'manifest.json',
    `years/${latestReportedYear(manifest)}.json`,
    'countries/BGD.json',
    'fatalities.json',
    'totals.json',
  ],
  deployments: ['manifest.json', 'countries/BGD.json', 'totals.json'],
  women: ['manifest.json', 'countries/BGD.json', 'totals.json'],
  fatalities: ['manifest.json', 'fatalities.json', 'totals.json'],
  compare: [
    'manifest.json',
    'population.json',
    `years/${latestYear}.json`,
    'totals.json',
    'countries/BTN.json',
  ],
  claims: [
    'manifest.json',
    'fatalities.json',
    'countries/BGD.json',
    'countries/BTN.json',
    'population.json',
    `years/${BHUTAN_YEAR}.json`,
    'totals.json',
  ],
  missions: ['manifest.json', 'missions/MINUSCA.json', 'totals.json', 'fatalities.json'],
  sources: ['manifest.json'],
  playlist: [],
};
/** Where an embed of a view needs fewer files: the overview's embed holds its charts, not its figures. */
const EMBED_FILES: Record<string, string[]> = {
  // The country's own charts (trend, missions now) read its cells; its rank and the world charts totals.
  overview: ['manifest.json', 'countries/BGD.json', 'totals.json'],
};
const filesOf = (name: string): string[] =>
  (name.startsWith('embed-') ? EMBED_FILES[viewOf(name)] : undefined) ?? FILES[viewOf(name)] ?? [];

/** What shows that a view has its data (most views: a chart's figure). */
/** The overview's embed shows its charts, not the headline figures the full view waits for. */
const EMBED_FILES_READY: Record<string, string> = { 'embed-overview': 'figure' };
const READY: Record<string, string> = {
  overview: '[data-testid="figure-personnel"]',
  sources: '[data-testid="dataset-version"]',
};
const readyOf = (name: string): string =>
  (name in EMBED_FILES_READY ? EMBED_FILES_READY[name] : READY[viewOf(name)]) ?? 'figure';
const ASKED_BY_EVERY_PAGE = ['manifest.json'];

/**
 * With one automatic retry a failing file is asked for twice; a loop asks about twice a second. The
 * count is taken again after a pause, so that a slow loop is caught too.
 */
const MAX_REQUESTS = 2;
const LOOP_WATCH_MS = 2_500;

type Failure = 'missing' | 'truncated' | 'server down';
const FAILURES: Failure[] = ['missing', 'truncated', 'server down'];

const expectedMessage: Record<Failure, (file: string) => string | RegExp> = {
  missing: (file) => `${file} could not be loaded (HTTP 404)`,
  truncated: (file) => `${file} is damaged: it is not complete JSON`,
  'server down': (file) => `${file} could not be loaded (`,
};

function breakFile(failure: Failure, file: string) {
  const whole = JSON.stringify(readChunk(file));
  return (route: Route) => {
    switch (failure) {
      case 'missing':
        return route.fulfill({ status: 404, body: 'Not found' });
      case 'truncated':
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: whole.slice(0, Math.floor(whole.length / 2)),
        });
      case 'server down':
        return route.abort('connectionrefused');
    }
  };
}

function dataFileOf(url: string): string | null {
  return /\/data\/([^?#]+)/.exec(url)?.[1] ?? null;
}

const viewOf = (name: string) => name.replace(/^embed-/, '');
const routes = [...siteRoutes, ...embedRoutes].filter((r) => FILES[viewOf(r.name)] !== undefined);

test.describe('every view reaches a message and stops asking', () => {
  test('the table of files covers every view of the menu', () => {
    expect(siteRoutes.map((r) => r.name).sort()).toEqual(Object.keys(FILES).sort());
  });

  for (const route of routes) {
    test(`${route.name} asks for the files listed for it`, async ({ page }) => {
      const asked = new Set<string>();
      page.on('request', (request) => {
        const file = dataFileOf(request.url());
        if (file) asked.add(file);
      });
      // Every chart drawn, not only those near the top: the files of the whole view are asked for.
      await drawEverything(page);
      await page.goto(`./${route.hash}`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
      expect([...asked].sort()).toEqual(
        [...new Set([...ASKED_BY_EVERY_PAGE, ...filesOf(route.name)])].sort(),
      );
    });
  }

  let n = 0;
  for (const route of routes) {
    for (const file of filesOf(route.name)) {
      // Each file fails in one of the three ways, in turn, so that every way is met on every kind of file.
      const failure = FAILURES[n++ % FAILURES.length]!;
      test(`${route.name}: ${file} ${failure} → a message with Try again, at most ${MAX_REQUESTS} requests, and a retry recovers`, async ({
        page,
      }) => {
        const uncaught: string[] = [];
        page.on('pageerror', (e) => uncaught.push(e.message));
        // Every request for the file, broken or (after the route is released) served.
        let served = 0;
        page.on('request', (request) => {
          if (dataFileOf(request.url()) === file) served++;
        });
        const pattern = `**/data/${file}*`;
        await page.route(pattern, breakFile(failure, file));
        await drawEverything(page);
        await page.goto(`./${route.hash}`);
        const alert = page.getByRole('alert').filter({ hasText: file }).first();
        await expect(alert).toContainText(expectedMessage[failure](file), { timeout: 15_000 });
        await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
        await expectSettled(page);
        await page.waitForTimeout(LOOP_WATCH_MS);
        expect(served, `requests for ${file}`).toBeGreaterThanOrEqual(1);
        expect(served, `requests for ${file}`).toBeLessThanOrEqual(MAX_REQUESTS);
        await expectSettled(page);

        await page.unroute(pattern);
        const before = served;
        await alert.getByRole('button', { name: 'Try again' }).click();
        await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 });
        await expectSettled(page);
        await expect(page.locator(readyOf(route.name)).first()).toBeVisible();
        expect(served - before, `requests for ${file} after Try again`).toBeGreaterThanOrEqual(1);
        expect(served - before, `requests for ${file} after Try again`).toBeLessThanOrEqual(MAX_REQUESTS);
        expect(uncaught).toEqual([]);
      });
    }
  }
});

/** Nothing on the page is still "Loading…": every part has its data or says what failed. */
async function expectSettled(page: Page) {
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
}

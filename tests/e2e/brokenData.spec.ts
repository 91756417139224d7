// A data chunk that is missing, truncated, of the wrong shape or too slow: the view says which file
// failed and how, offers a retry, and the rest of the app keeps working. Each failure is made by
// intercepting the request; releasing the interception and pressing "Try again" must then succeed.
import { drawEverything } from './routes.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Route } from '@playwright/test';
import { readChunk } from './datasetFixture.ts';
import type { Manifest } from '../../src/data/schema.ts';
import { encodePlaylist } from '../../src/present/playlist.ts';
import { latestReportedYear } from '../../src/features/overview/headlineFigures.ts';

/** The overview ranks the country from the latest year's cross-section: the file its first figures wait for. */
const RANK_FILE = `years/${latestReportedYear(readChunk<Manifest>('manifest.json'))}.json`;
const RANK_ROUTE = `**/data/${RANK_FILE}*`;

const json = (body: unknown) => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

/** Uncaught errors are never acceptable, whatever the data does. */
function watchUncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The menu still works after a failure: the Sources page (which needs only the index) opens, then back. */
async function expectOtherViewsWork(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sources, gaps and downloads' })).toBeVisible();
  await expect(page.getByTestId('dataset-version')).not.toBeEmpty();
  await nav.getByRole('link', { name: 'Overview' }).click();
}

/**
 * A failed file is asked for twice (TanStack Query retries once) and then not again until the reader
 * presses *Try again*: coming back to the view shows the message at once. Waits a moment so that a
 * late request would be counted.
 */
async function askedNoMore(page: Page, served: () => number, n: number) {
  await page.waitForTimeout(1_500);
  expect(served(), `the broken file was asked for ${n} times, and no more`).toBe(n);
}

/** Releases the interception, presses "Try again" in the alert and waits for the figures. */
async function retrySucceeds(page: Page, pattern: string) {
  await page.unroute(pattern);
  await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('figure-personnel')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test.describe('broken data', () => {
  test('a missing year file (404) is named, the other views work, and a retry after it returns succeeds', async ({
    page,
  }) => {
    const uncaught = watchUncaught(page);
    let served = 0;
    await page.route(RANK_ROUTE, (route) => {
      served++;
      return route.fulfill({ status: 404, body: 'Not found' });
    });
    await page.goto('./#/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The contributor totals could not be loaded');
    await expect(alert).toContainText(`${RANK_FILE} could not be loaded (HTTP 404)`);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();

    await expectOtherViewsWork(page);
    // Back on the overview the message is there at once, and the missing file is not asked for again.
    await expect(page.getByRole('alert')).toContainText(`${RANK_FILE} could not be loaded (HTTP 404)`);
    await askedNoMore(page, () => served, 2);

    await retrySucceeds(page, RANK_ROUTE);
    expect(uncaught).toEqual([]);
  });

  test('a truncated country file is reported as damaged, and a retry after it is whole succeeds', async ({
    page,
  }) => {
    const uncaught = watchUncaught(page);
    const whole = JSON.stringify(readChunk('countries/BGD.json'));
    let served = 0;
    await page.route('**/data/countries/BGD.json*', (route) => {
      served++;
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: whole.slice(0, Math.floor(whole.length / 2)),
      });
    });
    await page.goto('./#/?country=BGD');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The data for Bangladesh could not be loaded');
    await expect(alert).toContainText('countries/BGD.json is damaged: it is not complete JSON');

    // Another country on the same view loads while Bangladesh's file stays broken, and so do other views.
    const picker = page.getByRole('combobox', { name: 'Country' });
    await picker.fill('Nepal');
    await picker.press('Enter');
    await expect(page.getByTestId('figure-personnel')).toBeVisible();
    await expectOtherViewsWork(page);
    await page.getByRole('combobox', { name: 'Country' }).fill('Bangladesh');
    await page.getByRole('combobox', { name: 'Country' }).press('Enter');
    await expect(page.getByRole('alert')).toContainText('countries/BGD.json is damaged');
    await askedNoMore(page, () => served, 2);

    await retrySucceeds(page, '**/data/countries/BGD.json*');
    expect(uncaught).toEqual([]);
  });

  test('a manifest of the wrong shape names the file and the field; the menu stays; a retry succeeds', async ({
    page,
  }) => {
    const uncaught = watchUncaught(page);
    const manifest = readChunk<Manifest>('manifest.json');
    let served = 0;
    await page.route('**/data/manifest.json*', (route) => {
      served++;
      return route.fulfill(json({ ...manifest, months: 'not a list', countries: 42 }));
    });
    await page.goto('./#/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The dataset index could not be loaded');
    await expect(alert).toContainText('The data file manifest.json is damaged: months should be array');

    // Every view needs the index: each says so with its own retry, and the menu keeps working.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Sources' }).click();
    await expect(page.getByRole('alert')).toContainText('manifest.json is damaged');
    await askedNoMore(page, () => served, 2);
    await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();

    await page.unroute('**/data/manifest.json*');
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources, gaps and downloads' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByTestId('figure-personnel')).toBeVisible();
    expect(uncaught).toEqual([]);
  });

  test('a chunk that never arrives is reported as slow after the 20 s timeout, and a retry succeeds', async ({
    page,
  }) => {
    // The real timeout (CHUNK_TIMEOUT_MS, 20 s) on Playwright's clock: time runs normally, and jumps
    // forward once the request is pending, instead of the test sleeping 40 s (the query retries once).
    const uncaught = watchUncaught(page);
    await page.clock.install();
    const held: Route[] = [];
    await page.route(RANK_ROUTE, (route) => {
      held.push(route);
    });
    await page.goto('./#/');
    await expect(page.getByText('Loading the contributor totals…')).toBeVisible();
    /** Lets requests `first` and `first + 1` (a load and TanStack Query's one retry) hang past the timeout. */
    const timeOutTwice = async (first: number) => {
      for (const n of [first, first + 1]) {
        await expect
          .poll(() => held.length, { message: `request ${n} of ${RANK_FILE}`, timeout: 15_000 })
          .toBe(n);
        await page.clock.fastForward(20_500);
      }
    };
    await timeOutTwice(1);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The contributor totals could not be loaded');
    await expect(alert).toContainText(`${RANK_FILE} took longer than 20 s to arrive`);

    await expectOtherViewsWork(page);
    await expect(page.getByRole('alert')).toContainText('took longer than 20 s');
    await askedNoMore(page, () => held.length, 2);

    for (const route of held) await route.abort().catch(() => {});
    await retrySucceeds(page, RANK_ROUTE);
    expect(uncaught).toEqual([]);
  });

  test('a view whose code cannot be downloaded offers a reload, and does not stay on screen in place of other views', async ({
    page,
  }) => {
    const uncaught = watchUncaught(page);
    await page.route('**/assets/FatalitiesPage-*.js', (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto('./#/');
    await expect(page.getByTestId('figure-personnel')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Fatalities' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The fatalities view could not be loaded');
    await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();

    // The failed view's message must not follow the reader to the next view.
    await expectOtherViewsWork(page);
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.unroute('**/assets/FatalitiesPage-*.js');
    await nav.getByRole('link', { name: 'Fatalities' }).click();
    await page.getByRole('alert').getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Fatalities in UN service/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(uncaught).toEqual([]);
  });

  test('a view whose stylesheet cannot be downloaded offers a reload, which works once the file is back', async ({
    page,
  }) => {
    const uncaught = watchUncaught(page);
    const css = '**/assets/WomenPage-*.css';
    await page.route(css, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('./#/');
    await expect(page.getByTestId('figure-personnel')).toBeVisible();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Women' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The women view could not be loaded');
    await expect(alert).not.toContainText('Unable to preload CSS');
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);

    await page.unroute(css);
    await alert.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Women/ })).toBeVisible();
    await expect(page.locator('figure svg[role="img"]').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(uncaught).toEqual([]);
  });

  test('an old cached index.html whose entry script is gone says so and reloads into the current site', async ({
    page,
  }) => {
    const current = readFileSync(path.resolve(import.meta.dirname, '../../dist/index.html'), 'utf8');
    const stale = current.replace(/src="\.\/assets\/index-[^"]+\.js"/, 'src="./assets/index-0ld0ld00.js"');
    expect(stale, 'the entry script was renamed in the stale copy').not.toBe(current);
    const isDocument = (url: URL) => url.pathname === '/' || url.pathname === '/index.html';
    await page.route(isDocument, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: stale }),
    );
    await page.goto('./#/deployments?country=NPL');
    const problem = page.getByTestId('boot-problem');
    await expect(problem).toContainText('Blue Helmets could not start');
    await expect(problem).toContainText('updated since this copy of the page was saved');

    await page.unroute(isDocument);
    await problem.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deployments: Nepal' })).toBeVisible();
    await expect(page.getByTestId('boot-problem')).toHaveCount(0);
  });

  test('an embed in a sandboxed iframe without allow-same-origin says why it cannot show, instead of a blank frame', async ({
    page,
  }) => {
    const host = (url: URL) => url.pathname === '/sandbox-host.html';
    await page.route(host, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Host</title><iframe sandbox="allow-scripts" src="./#/embed/deployments?chart=by-type" width="600" height="400"></iframe>',
      }),
    );
    await page.goto('./sandbox-host.html');
    const problem = page.frameLocator('iframe').getByTestId('boot-problem');
    await expect(problem).toContainText('This chart cannot be shown in this frame');
    await expect(problem).toContainText('allow-same-origin');
    await expect(problem.getByRole('link')).toHaveAttribute('href', /#\/embed\/deployments\?chart=by-type$/);
  });
});

test.describe('slow and missing parts', () => {
  test('a view whose code is slow to arrive shows that it is loading, with its menu item marked', async ({
    page,
  }) => {
    await page.goto('./#/');
    await expect(page.getByTestId('figure-personnel')).toBeVisible();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/FatalitiesPage-*.js', async (route) => {
      await held;
      await route.continue();
    });
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Fatalities' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the fatalities view…' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Fatalities' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('figure-personnel')).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 1, name: /^Fatalities in UN service/ })).toBeVisible();
  });

  test('data files are read in the chunk worker, and damage found there is reported as before', async ({
    page,
  }) => {
    // src/data/chunkWorker.ts validates off the main thread; its errors come back with their message.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const manifest = readChunk<Manifest>('manifest.json');
    await page.route('**/data/manifest.json*', (route) =>
      route.fulfill(json({ ...manifest, months: 'not a list' })),
    );
    await page.goto('./#/sources');
    await expect(page.getByRole('alert')).toContainText(
      'The data file manifest.json is damaged: months should be array',
    );
    expect(workers.some((url) => /\/assets\/chunkWorker-[\w-]+\.js$/.test(url))).toBe(true);
  });

  test('when the chunk worker cannot start, the page reads the data itself', async ({ page }) => {
    const uncaught = watchUncaught(page);
    await page.route('**/assets/chunkWorker-*.js', (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto('./#/deployments?country=NPL');
    await expect(page.getByRole('heading', { level: 1, name: 'Deployments: Nepal' })).toBeVisible();
    await expect(page.locator('figure svg[role="img"]').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(uncaught).toEqual([]);
  });

  test('a view opened directly whose code is slow still shows the site, and says the view is loading', async ({
    page,
  }) => {
    // main.tsx waits up to 1.5 s for the opened view's code before the first render, then draws the
    // site with the view's loading notice.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/FatalitiesPage-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./#/fatalities');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the fatalities view…' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Views' });
    await expect(nav.getByRole('link', { name: 'Fatalities' })).toHaveAttribute('aria-current', 'page');
    release();
    await expect(page.getByRole('heading', { level: 1, name: /^Fatalities in UN service/ })).toBeVisible();
  });

  test('a view opened directly is drawn without first flashing its loading notice', async ({ page }) => {
    // Its code is fetched before the first render: the "Loading the … view" notice never appears.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenLoading: string[] }).seenLoading = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('p.loading')) {
          if (/^Loading the \w+ view/.test(el.textContent ?? '')) seen.push(el.textContent ?? '');
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('./#/deployments?country=NPL');
    await expect(page.getByRole('heading', { level: 1, name: 'Deployments: Nepal' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { seenLoading: string[] }).seenLoading)).toEqual(
      [],
    );
  });

  for (const [what, hash] of [
    ['present mode', '#/deployments?country=NPL&present=1&chart=no-such-chart'],
    ['an embed', '#/embed/deployments?country=NPL&chart=no-such-chart'],
  ] as const) {
    test(`${what} with a chart id the view does not have says so instead of a blank slide`, async ({
      page,
    }) => {
      await page.goto(`./${hash}`);
      await expect(page.getByTestId('missing-chart')).toContainText(
        'The deployments view has no chart called “no-such-chart”',
      );
    });
  }

  test('a playlist slide naming a chart that no longer exists says so, and the next slide shows', async ({
    page,
  }) => {
    const list = encodePlaylist({
      version: 1,
      items: [
        { route: '/deployments', query: 'country=NPL', chart: 'renamed-long-ago', title: 'Old chart' },
        { route: '/deployments', query: 'country=NPL', chart: 'by-type', title: 'Nepal by type' },
      ],
    });
    await page.goto(`./#/playlist?list=${list}&present=1&at=1`);
    await expect(page.getByTestId('missing-chart')).toContainText('no chart called “renamed-long-ago”');
    await expect(page.getByTestId('missing-chart')).toContainText('Step on with →');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('stage-slide').locator('figure svg[role="img"]').first()).toBeVisible();
    await expect(page.getByTestId('missing-chart')).toHaveCount(0);
  });
});

test.describe('data with the right shape and the wrong sense', () => {
  test('a country file that holds another country’s data is rejected with the file and the check named', async ({
    page,
  }) => {
    const india = JSON.stringify(readChunk('countries/IND.json'));
    await page.route('**/data/countries/NPL.json*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: india }),
    );
    await page.goto('./#/deployments?country=NPL');
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText('The data for Nepal could not be loaded');
    await expect(alert).toContainText(
      'The data file countries/NPL.json fails a check of its contents (identity): it holds the data of IND, not of NPL.',
    );
    await expect(page.locator('figure svg[role="img"]')).toHaveCount(0);
  });

  test('a web page served in place of a data file is called a web page, not truncated JSON', async ({
    page,
  }) => {
    await page.route('**/data/totals.json*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><html><head><title>Welcome</title></head><body>It works!</body></html>',
      }),
    );
    await drawEverything(page); // totals.json is asked for by the charts below the first
    await page.goto('./#/fatalities');
    const alert = page.getByRole('alert').filter({ hasText: 'totals.json' }).first();
    await expect(alert).toContainText('the server sent a web page (HTML) instead of the data');
    await expect(alert).not.toContainText('truncated');
  });
});

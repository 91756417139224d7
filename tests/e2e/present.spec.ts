// Present mode (?present=1 on any route) and the playlist (#/playlist): no chrome, large type; a
// playlist steps through saved views with the keyboard, travels as a link and as a file.
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodePlaylist, type Playlist } from '../../src/present/playlist.ts';
import { PLAYLIST_STORAGE_KEY as STORAGE_KEY } from '../../src/present/playlistStore.ts';
import { drawEverything } from './routes.ts';

const SHOW: Playlist = {
  version: 1,
  items: [
    { route: '/fatalities', query: 'country=NPL&v=1', chart: 'by-year', title: 'Nepal: fatalities per year' },
    { route: '/deployments', query: 'country=BGD&v=1', chart: 'by-type', title: 'Bangladesh by type' },
    {
      route: '/fatalities',
      query: 'country=PAK&v=1',
      chart: 'cumulative',
      title: 'Pakistan: cumulative fatalities',
    },
  ],
};

async function openShow(page: Page, at = 1) {
  await page.goto(`./#/playlist?list=${encodePlaylist(SHOW)}&present=1&at=${at}`);
  await expect(page.getByTestId('stage-slide').locator('figure svg[role="img"]').first()).toBeVisible({
    timeout: 20_000,
  });
}

test.describe('present mode', () => {
  test('?present=1 hides the header, navigation, footer and controls, and keeps a way out', async ({
    page,
  }) => {
    await page.goto('./#/fatalities?country=NPL&present=1');
    await expect(page.locator('figure').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    await expect(page.locator('header, footer')).toHaveCount(0);
    await expect(page.locator('.controls')).toHaveCount(0);
    await expect(page.getByTestId('export-csv')).toHaveCount(0);
    await expect(page.locator('html')).toHaveClass(/bh-present/);
    const exit = page.getByRole('link', { name: 'Exit presentation' });
    await expect(exit).toHaveAttribute('href', '#/fatalities?country=NPL');
    // Large type: the chart titles are bigger than in the full site.
    const presentSize = await page
      .locator('.bh-frame-title')
      .first()
      .evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
    await exit.click();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/bh-present/);
    const fullSize = await page
      .locator('.bh-frame-title')
      .first()
      .evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
    expect(presentSize).toBeGreaterThan(fullSize * 1.3);
  });

  test('?present=1&chart= shows that chart alone', async ({ page }) => {
    await page.goto('./#/fatalities?country=NPL&present=1&chart=cumulative');
    await expect(page.getByRole('heading', { name: 'Nepal: cumulative fatalities' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.locator('figure')).toHaveCount(1);
    // chart= is a display parameter: no "unknown parameter" notice.
    await expect(page.getByTestId('view-notices')).toHaveCount(0);
  });
});

test.describe('the playlist', () => {
  test('steps through the views with → and ←, Home and End', async ({ page }) => {
    await openShow(page);
    const position = page.getByTestId('stage-position');
    await expect(position).toContainText('1 of 3');
    await expect(page.getByRole('heading', { name: /Nepal: fatalities per year/ })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(position).toContainText('2 of 3');
    await expect(page).toHaveURL(/at=2/);
    await expect(page.getByRole('heading', { name: /Bangladesh: uniformed personnel by type/ })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByTestId('stage-slide').locator('figure')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    await expect(position).toContainText('3 of 3');
    await expect(page.getByRole('heading', { name: 'Pakistan: cumulative fatalities' })).toBeVisible({
      timeout: 20_000,
    });
    await page.keyboard.press('ArrowRight');
    await expect(position).toContainText('3 of 3');

    await page.keyboard.press('ArrowLeft');
    await expect(position).toContainText('2 of 3');
    await page.keyboard.press('Home');
    await expect(position).toContainText('1 of 3');
    await page.keyboard.press('End');
    await expect(position).toContainText('3 of 3');
    await page.getByTestId('stage-previous').click();
    await expect(position).toContainText('2 of 3');
    // The slide's own controls are not part of the site's address: the playlist link is kept.
    await expect(page).toHaveURL(/list=/);
  });

  test('the full-screen button uses the Fullscreen API', async ({ page }) => {
    await openShow(page);
    await page.getByTestId('stage-fullscreen').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName ?? null)).toBe('html');
    await expect(page.getByTestId('stage-fullscreen')).toHaveText('Leave full screen');
    await page.getByTestId('stage-fullscreen').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('"Add to playlist" under a chart saves it; the page lists, reorders and downloads it, and loads it back', async ({
    page,
  }) => {
    await drawEverything(page);
    await page.goto('./#/fatalities?country=NPL');
    const figures = page.locator('figure');
    await expect(figures.first().locator('svg[role="img"]')).toBeVisible({ timeout: 20_000 });
    await figures.nth(0).getByTestId('add-to-playlist').click();
    await expect(figures.nth(0).getByTestId('export-status')).toContainText('Added to the playlist (1 view)');
    await figures.nth(3).getByTestId('add-to-playlist').click();
    await expect(figures.nth(3).getByTestId('export-status')).toContainText('(2 views)');
    await figures.nth(3).getByTestId('add-to-playlist').click();
    await expect(figures.nth(3).getByTestId('export-status')).toContainText('Already in the playlist');

    await page.goto('./#/playlist');
    const items = page.getByTestId('playlist-items').locator('li');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Nepal: fatalities per year');
    await page.getByRole('button', { name: /Move “Nepal: cumulative fatalities” up/ }).click();
    await expect(items.nth(0)).toContainText('Nepal: cumulative fatalities');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('playlist-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('blue-helmets-playlist.json');
    const file = await download.path();

    await page.getByRole('button', { name: 'Empty the playlist' }).click();
    await expect(page.getByTestId('playlist-empty')).toBeVisible();
    await page.getByTestId('playlist-load').setInputFiles(file);
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Nepal: cumulative fatalities');

    await page.getByTestId('playlist-present').click();
    await expect(page.getByTestId('stage-position')).toContainText('1 of 2');
    await expect(page.getByRole('heading', { name: 'Nepal: cumulative fatalities' })).toBeVisible({
      timeout: 20_000,
    });
  });

  test('a bad playlist file gets a clear message and changes nothing', async ({ page }) => {
    await page.goto('./#/playlist');
    await page.getByTestId('playlist-load').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version":1,"items":[{"route":"javascript:x","query":"","title":"x"}]}'),
    });
    await expect(page.getByTestId('playlist-file-problem')).toContainText(
      '“notes.json” could not be loaded: view 1 (route) is not a view of Blue Helmets',
    );
    await page
      .getByTestId('playlist-load')
      .setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\x89PNG') });
    await expect(page.getByTestId('playlist-file-problem')).toContainText('not JSON');
  });

  test('a damaged or oversized playlist link gets a message, not a blank page', async ({ page }) => {
    await page.goto('./#/playlist?list=%%%');
    await expect(page.getByTestId('playlist-problem')).toContainText('could not be used');
    await page.goto(`./#/playlist?list=${'A'.repeat(7000)}`);
    await expect(page.getByTestId('playlist-problem')).toContainText('characters long');
  });

  test('a shared playlist link shows its views and can be saved', async ({ page }) => {
    await page.goto(`./#/playlist?list=${encodePlaylist(SHOW)}`);
    await expect(page.getByTestId('playlist-shared')).toContainText('3 views');
    await expect(page.getByTestId('playlist-items').locator('li')).toHaveCount(3);
    await page.getByRole('button', { name: 'Save as my playlist' }).click();
    await page.goto('./#/playlist');
    await expect(page.getByTestId('playlist-items').locator('li')).toHaveCount(3);
  });

  test('an unreadable saved playlist is kept, reported and can be downloaded as it is; nothing overwrites it', async ({
    page,
  }) => {
    // One bad entry among good ones: the whole stored list fails validation.
    const unreadable = JSON.stringify({
      version: 1,
      items: [SHOW.items[0], { route: '/no-such-view!', query: '', title: 'Gone' }],
    });
    await page.goto('./#/sources');
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [STORAGE_KEY, unreadable]);
    const storedText = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

    await page.goto('./#/fatalities?country=NPL');
    const figure = page.locator('figure').first();
    await expect(figure.locator('svg[role="img"]')).toBeVisible({ timeout: 20_000 });
    await figure.getByTestId('add-to-playlist').click();
    await expect(figure.getByTestId('export-status')).toContainText('Nothing was added');
    await expect(figure.getByTestId('export-status')).toContainText('could not be read');
    expect(await storedText()).toBe(unreadable);

    await page.goto('./#/playlist');
    const panel = page.getByTestId('playlist-unreadable');
    await expect(panel).toContainText('view 2 (route) is not a view of Blue Helmets');
    await expect(page.getByTestId('playlist-empty')).toHaveCount(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('playlist-download-unreadable').click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(unreadable);

    // A shared list cannot replace it without the reader's yes.
    await page.goto(`./#/playlist?list=${encodePlaylist(SHOW)}`);
    await page.getByRole('button', { name: 'Save as my playlist' }).click();
    await expect(page.getByTestId('playlist-confirm-replace')).toContainText('could not be read');
    await page.getByTestId('playlist-confirm-replace').getByRole('button', { name: 'Cancel' }).click();
    expect(await storedText()).toBe(unreadable);

    await page.goto('./#/playlist');
    await panel.getByRole('button', { name: 'Start a new playlist…' }).click();
    await page.getByTestId('playlist-confirm-discard').getByRole('button', { name: 'Discard it' }).click();
    await expect(page.getByTestId('playlist-empty')).toBeVisible();
    await expect(panel).toHaveCount(0);
  });

  test('replacing a non-empty playlist from a link or a file asks first, and can be undone', async ({
    page,
  }) => {
    const mine: Playlist = { version: 1, items: [SHOW.items[1]!] };
    await page.goto('./#/sources');
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key!, text!),
      [STORAGE_KEY, JSON.stringify(mine)],
    );
    const ownCount = () =>
      page.evaluate(
        (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as Playlist).items.length,
        STORAGE_KEY,
      );

    await page.goto(`./#/playlist?list=${encodePlaylist(SHOW)}`);
    await page.getByRole('button', { name: 'Save as my playlist' }).click();
    const confirm = page.getByTestId('playlist-confirm-replace');
    await expect(confirm).toContainText(
      'This replaces your playlist of 1 view. Make the 3 views from the link',
    );
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await ownCount()).toBe(1);

    await page.getByRole('button', { name: 'Save as my playlist' }).click();
    await confirm.getByRole('button', { name: 'Replace my playlist' }).click();
    const items = page.getByTestId('playlist-items').locator('li');
    await expect(page.getByTestId('playlist-shared')).toHaveCount(0);
    await expect(items).toHaveCount(3);
    expect(await ownCount()).toBe(3);
    await page.getByTestId('playlist-status').getByRole('button', { name: 'Undo' }).click();
    await expect(items).toHaveCount(1);
    expect(await ownCount()).toBe(1);

    await page.getByTestId('playlist-load').setInputFiles({
      name: 'talk.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(SHOW)),
    });
    await expect(confirm).toContainText('Make the 3 views from “talk.json” your playlist?');
    expect(await ownCount()).toBe(1);
    await confirm.getByRole('button', { name: 'Replace my playlist' }).click();
    await expect(items).toHaveCount(3);

    await page.getByRole('button', { name: 'Empty the playlist' }).click();
    await expect(page.getByTestId('playlist-empty')).toBeVisible();
    await page.getByTestId('playlist-status').getByRole('button', { name: 'Undo' }).click();
    await expect(items).toHaveCount(3);
  });

  test('screenshots of present mode at 1280 and 390 px', async ({ page }) => {
    mkdirSync('reports/screenshots', { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
      await openShow(page, 2);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `reports/screenshots/present-playlist-${width}.png` });
      await page.goto('./#/fatalities?country=NPL&present=1&chart=by-year');
      await expect(page.locator('figure svg[role="img"]').first()).toBeVisible({ timeout: 20_000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `reports/screenshots/present-chart-${width}.png` });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});

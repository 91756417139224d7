// Smaller failure paths that used to pass in silence: look-alike letters in a country code, text after
// a second '#', the printed address of a view, bidirectional controls in a playlist title, and a full
// storage.
import { expect, test } from '@playwright/test';
import { encodePlaylist } from '../../src/present/playlist.ts';

test.describe('links, titles and storage', () => {
  test('a country code with a dotless i gives a notice and does not select India', async ({ page }) => {
    await page.goto('./#/deployments?country=%C4%B1nd');
    await expect(page.getByTestId('view-notices')).toContainText(
      '“ınd” is not a country code: it has letters that only look like A–Z',
    );
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('India');
  });

  test('text after a second # is named in a notice, and the view still opens', async ({ page }) => {
    await page.goto('./#/deployments?country=NPL#section-2');
    await expect(page.getByRole('heading', { level: 1, name: 'Deployments: Nepal' })).toBeVisible();
    await expect(page.getByTestId('view-notices')).toContainText(
      'The link has text after a second “#” (“section-2”); it was ignored.',
    );
  });

  test('the printed address is the pinned link of the view, not the address bar with what it ignored', async ({
    page,
  }) => {
    await page.goto('./#/deployments?country=NPL&junk=%3Cb%3Ebold');
    await expect(page.locator('figure svg[role="img"]').first()).toBeVisible({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    const footer = page.locator('.site-footer .print-only');
    // Pinned: every parameter written out, the range and the URL version included.
    await expect(footer).toContainText(
      /#\/deployments\?country=NPL&.*range=\d{4}-\d{2}\.\.\d{4}-\d{2}.*&v=1$/,
    );
    await expect(footer).not.toContainText('junk');
    const printed = ((await footer.textContent()) ?? '').replace(/^This view: /, '');
    await expect(page.locator('figure.bh-frame').first().locator('.bh-frame-permalink')).toHaveText(printed);
  });

  test('a playlist title with a right-to-left override is shown as written, without the override', async ({
    page,
  }) => {
    const list = encodePlaylist({
      version: 1,
      items: [{ route: '/fatalities', query: 'country=NPL', title: '\u202Etxt.exe' }],
    });
    await page.goto(`./#/playlist?list=${list}`);
    const link = page.getByTestId('playlist-items').getByRole('link').first();
    await expect(link).toHaveText('txt.exe');
    expect(await link.evaluate((a) => /[\u202a-\u202e\u2066-\u2069]/.test(a.textContent ?? ''))).toBe(false);
  });

  test('a full storage is reported as full when a chart is added to the playlist', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('./#/fatalities?country=NPL');
    const figure = page.locator('figure').first();
    await expect(figure.locator('svg[role="img"]')).toBeVisible({ timeout: 20_000 });
    await figure.getByTestId('add-to-playlist').click();
    await expect(figure.getByTestId('export-status')).toContainText('storage for the site is full');
    await expect(figure.getByTestId('export-status')).not.toContainText('storage is off');
  });
});

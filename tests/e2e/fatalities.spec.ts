import { expect, test, type Page } from '@playwright/test';
import { fatalities, formatCount } from './datasetFixture.ts';
import { drawEverything } from './routes.ts';

// Every chart of a page, not only those near the viewport (src/ui/drawAll.ts).
test.beforeEach(async ({ page }) => {
  await drawEverything(page);
});

const UNIFORMED = ['military', 'police', 'military_observer'];

function deathsOf(iso3: string, scope: 'uniformed' | 'all') {
  const f = fatalities();
  return f.iso3.filter(
    (code, i) => code === iso3 && (scope === 'all' || UNIFORMED.includes(f.personnelType[i] ?? '')),
  ).length;
}

async function expectNoSideScroll(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test.describe('fatalities (/fatalities)', () => {
  test('Bangladesh by default, uniformed personnel only, with the total the data give', async ({ page }) => {
    await page.goto('./#/fatalities');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bangladesh');
    const byYear = page.getByRole('figure', { name: /fatalities per year, by type of incident/ });
    await expect(byYear.locator('figcaption')).toContainText(
      `${formatCount(deathsOf('BGD', 'uniformed'))} deaths in all`,
    );
    await expect(page.getByRole('radio', { name: 'Uniformed personnel only' })).toBeChecked();
  });

  test('choosing all personnel adds civilian staff and goes into the link', async ({ page }) => {
    await page.goto('./#/fatalities');
    // The choice re-renders the whole view; wait until the lazily loaded charts are in.
    await expect(page.getByRole('figure', { name: /fatalities by personnel type/ })).toBeVisible({
      timeout: 20_000,
    });
    const all = page.getByRole('radio', { name: /All personnel/ });
    await all.click();
    await expect(all).toBeChecked();
    await expect(page).toHaveURL(/personnel=all/);
    const byType = page.getByRole('figure', { name: /fatalities by personnel type/ });
    await expect(byType.locator('figcaption')).toContainText(
      `${formatCount(deathsOf('BGD', 'all'))} deaths in all`,
      { timeout: 20_000 },
    );
    await byType.getByRole('tab', { name: 'Table' }).click();
    await expect(byType.getByRole('row', { name: /International civilian staff/ })).toBeVisible();
  });

  test('the pooled rates compare the country with all UN personnel and the largest contributors', async ({
    page,
  }) => {
    await page.goto('./#/fatalities');
    const summary = page.getByRole('figure', { name: /^Over all years with a rate/ });
    await summary.getByRole('tab', { name: 'Table' }).click({ timeout: 20_000 });
    await expect(summary.getByRole('row')).toHaveCount(1 + 2 + 4);
    await expect(summary.getByRole('row', { name: /All UN uniformed personnel/ })).toBeVisible();
  });

  test('the rate table says why a year has no rate', async ({ page }) => {
    await page.goto('./#/fatalities?country=NPL&v=1');
    const rate = page.getByRole('figure', { name: /^Uniformed deaths per 1,000 personnel-years:/ });
    await rate.getByRole('tab', { name: 'Table' }).click({ timeout: 20_000 });
    const row2014 = rate
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '2014', exact: true }) });
    await expect(row2014).toContainText('only 3 monthly reports (at least 6 needed)');
  });

  test('an unknown personnel choice falls back to uniformed and says so', async ({ page }) => {
    await page.goto('./#/fatalities?personnel=everyone');
    await expect(page.getByTestId('view-notices')).toContainText('personnel choice');
    await expect(page.getByRole('radio', { name: 'Uniformed personnel only' })).toBeChecked();
  });

  for (const width of [1280, 390]) {
    test(`looks right at ${width} px (screenshot, no sideways scroll)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#/fatalities');
      await expect(
        page
          .getByRole('figure', { name: /^Over all years with a rate/ })
          .locator('svg')
          .first(),
      ).toBeVisible({ timeout: 20_000 });
      await expectNoSideScroll(page);
      await page.screenshot({ path: `reports/screenshots/fatalities-${width}.png`, fullPage: true });
    });
  }
});

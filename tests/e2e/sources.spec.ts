import { expect, test } from '@playwright/test';
import { manifest } from './datasetFixture.ts';

test.describe('sources (/sources)', () => {
  test('shows how October 2019 was placed, the contributors March 1991 leaves out and every withheld figure', async ({
    page,
  }) => {
    const m = manifest();
    await page.goto('./#/sources');
    const dated = page.getByTestId('dated-by-evidence');
    await expect(dated).toContainText('October 2019');
    await expect(dated).toContainText('BINUH, which began on 16 October 2019');
    await expect(dated).toContainText('created on 28 November 2019');
    await expect(dated).toContainText('84,968');
    const notReported = page.getByTestId('not-reported-table');
    await expect(notReported.locator('tbody tr')).toHaveCount(m.notReported?.length ?? 0);
    await expect(notReported).toContainText('Bangladesh');
    await expect(notReported).toContainText('March 1991');
    const withheld = page.getByTestId('withheld-table');
    await expect(withheld.locator('tbody tr')).toHaveCount(m.withheld?.length ?? 0);
    await expect(withheld).toContainText('Egypt');
    await expect(withheld).toContainText('August 2020');
    await expect(page.getByTestId('gaps-table')).not.toContainText('October 2019');
  });

  for (const width of [1280, 390]) {
    test(`looks right at ${width} px (screenshot, no sideways scroll)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#/sources');
      await expect(page.getByTestId('withheld-table')).toBeVisible();
      const [scrollWidth, viewport] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(viewport);
      await page.screenshot({ path: `reports/screenshots/sources-${width}.png`, fullPage: true });
    });
  }
});

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
    const notReported = page.getByTestId('not-reported-list');
    await expect(notReported.locator('li')).toHaveCount(m.notReported?.length ?? 0);
    await expect(notReported).toContainText('Bangladesh');
    await expect(notReported).toContainText('March 1991');
    await page.getByText(`Show all ${m.withheld?.length ?? 0} withheld values`).click();
    const withheld = page.getByTestId('withheld-list');
    await expect(withheld.locator('li')).toHaveCount(m.withheld?.length ?? 0);
    await expect(withheld).toContainText('Egypt');
    await expect(withheld).toContainText('August 2020');
    await expect(page.getByTestId('gaps-table')).not.toContainText('October 2019');
  });

  for (const width of [1280, 390]) {
    test(`looks right at ${width} px (screenshot, no sideways scroll)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#/sources');
      await page.getByText(/^Show all \d+ withheld values$/).click();
      await expect(page.getByTestId('withheld-list')).toBeVisible();
      const [scrollWidth, viewport] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(viewport);
      await page.screenshot({ path: `reports/screenshots/sources-${width}.png`, fullPage: true });
    });
  }

  test('the links at the top move to each section and keep the address; long lists open for printing', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./#/sources');
    const links = page.locator('nav.page-contents a');
    await expect(links.first()).toBeVisible();
    for (const id of await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-jump') ?? ''))) {
      await page.locator(`[data-jump="${id}"]`).click();
      await expect(page.locator(`#${id}`)).toBeInViewport();
      await expect(page.locator(`#${id}`)).toBeFocused();
      expect(new URL(page.url()).hash).toBe('#/sources');
    }
    // Closed until asked for, so the phone page is not 16,000 px of lists; printing opens them.
    await expect(page.getByTestId('seam-table')).toBeHidden();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByTestId('seam-table')).toBeVisible();
    await expect(page.getByTestId('withheld-list')).toBeVisible();
  });
});

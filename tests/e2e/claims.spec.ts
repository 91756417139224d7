import { expect, test, type Page } from '@playwright/test';
import { countryCells, fatalities, formatCount, manifest } from './datasetFixture.ts';

const CLAIM_COUNT = 18;

async function expectNoSideScroll(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test.describe('claims (/claims)', () => {
  test('every quoted figure gets a verdict in words', async ({ page }) => {
    await page.goto('./#/claims');
    const verdicts = page.getByTestId('claim-verdict');
    // The larger chunks arrive after the first verdicts and the evidence chart: allow for them.
    await expect(verdicts).toHaveCount(CLAIM_COUNT, { timeout: 20_000 });
    for (const verdict of await verdicts.all()) {
      await expect(verdict).toHaveAttribute('data-verdict', /^(match|consistent|differs|cannot-check)$/);
      await expect(verdict).toHaveText(
        /Matches the data|Consistent with the data, not pinned by it|Differs from the data|Cannot be checked with this data/,
      );
    }
    await expect(page.getByTestId('claims-summary')).not.toContainText('still being checked');
  });

  test('the answers are the dataset’s figures', async ({ page }) => {
    const m = manifest();
    const march = m.months.findIndex((d) => d.startsWith('2023-03'));
    const cells = countryCells('BGD');
    const personnel = cells.month.reduce(
      (sum, mi, i) => (mi === march ? sum + (cells.total[i] ?? 0) : sum),
      0,
    );
    const f = fatalities();
    const deaths = f.iso3.filter((code, i) => code === 'BGD' && (f.date[i] ?? '') <= '2023-06-24').length;
    await page.goto('./#/claims');
    await expect(page.getByTestId('claim-bgd-deployed-2023-03').getByTestId('claim-answer')).toContainText(
      formatCount(personnel),
    );
    await expect(page.getByTestId('claim-bgd-166-deaths').getByTestId('claim-answer')).toContainText(
      `${deaths} Bangladeshi deaths`,
    );
    await expect(page.getByTestId('claim-bgd-167274-since-1988')).toContainText('month-end headcounts');
  });

  test('mission acronyms in the answers link to their mission views', async ({ page }) => {
    await page.goto('./#/claims');
    const answer = page.getByTestId('claim-btn-largest-car').getByTestId('claim-answer');
    const link = answer.getByRole('link', { name: 'MINUSCA' });
    await expect(link).toHaveAttribute('href', '#/missions?mission=MINUSCA', { timeout: 20_000 });
    // The operations claim lists every mission with Bhutanese personnel that month: each a link.
    const detail = page.getByTestId('claim-btn-seven-operations').locator('.claim-detail');
    const links = detail.locator('a.bh-mission-link');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^#\/missions\?mission=[A-Z]+$/);
    }
    await link.click();
    await expect(page).toHaveURL(/#\/missions\?mission=MINUSCA/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions: MINUSCA');
  });

  for (const width of [1280, 390]) {
    test(`looks right at ${width} px (screenshot, no sideways scroll)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#/claims');
      await expect(page.getByTestId('claim-verdict')).toHaveCount(CLAIM_COUNT, { timeout: 20_000 });
      await expectNoSideScroll(page);
      await page.screenshot({ path: `reports/screenshots/claims-${width}.png`, fullPage: true });
    });
  }
});

import { expect, test } from '@playwright/test';
import {
  countryCells,
  fatalities,
  formatCount,
  latestMonthIndex,
  manifest,
  totals,
} from './datasetFixture.ts';

test.describe('overview', () => {
  test('the headline figures for Bangladesh equal what the dataset gives for the latest month', async ({
    page,
  }) => {
    const m = manifest();
    const month = latestMonthIndex(m);
    const cells = countryCells('BGD');
    let personnel = 0;
    let women = 0;
    const missions = new Set<number>();
    cells.month.forEach((mi, i) => {
      if (mi !== month) return;
      personnel += cells.total[i] ?? 0;
      women += cells.female[i] ?? 0;
      if ((cells.total[i] ?? 0) > 0) missions.add(cells.mission[i] ?? -1);
    });
    const t = totals();
    const larger = Object.values(t.countries).filter((s) => (s.total[month] ?? 0) > personnel).length;
    const contributors = Object.values(t.countries).filter((s) => (s.total[month] ?? 0) > 0).length;
    const f = fatalities();
    const uniformed = f.iso3.filter(
      (iso, i) =>
        iso === 'BGD' && ['military', 'police', 'military_observer'].includes(f.personnelType[i] ?? ''),
    ).length;

    await page.goto('./#/');
    await expect(page.getByTestId('figure-personnel')).toContainText(formatCount(personnel));
    await expect(page.getByTestId('figure-women')).toContainText(formatCount(women));
    await expect(page.getByTestId('figure-rank')).toContainText(`${larger + 1} of ${contributors}`);
    await expect(page.getByTestId('figure-missions')).toContainText(String(missions.size));
    await expect(page.getByTestId('figure-fatalities')).toContainText(formatCount(uniformed));
  });

  test('choosing another country changes the figures and the link', async ({ page }) => {
    await page.goto('./#/');
    await expect(page.getByTestId('figure-personnel')).toBeVisible();
    const picker = page.getByRole('combobox', { name: 'Country' });
    await picker.fill('Bhut');
    await picker.press('Enter');
    await expect(page).toHaveURL(/country=BTN/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bhutan');
  });

  test('the figures say their own “as of” in words, the dataset version, and link each mission', async ({
    page,
  }) => {
    const m = manifest();
    const f = fatalities();
    const [y, mo, d] = f.snapshot.split('-').map(Number);
    const snapshot = `${d} ${new Date(Date.UTC(y!, mo! - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`;
    await page.goto('./#/');
    await expect(page.getByTestId('figure-fatalities').locator('dt')).toHaveText(
      `Uniformed fatalities to ${snapshot}`,
    );
    await expect(page.getByTestId('dataset-version')).toContainText(`Dataset version ${m.version}`);
    await expect(page.getByTestId('headline-figures')).not.toContainText('.pdf');
    const link = page.getByTestId('figure-missions').locator('a.bh-mission-link').first();
    const acronym = (await link.textContent()) ?? '';
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Missions: ${acronym}`);
  });

  test('the world total and the largest contributors are registry charts on the overview', async ({
    page,
  }) => {
    await page.goto('./#/');
    // Below the country's own charts: drawn when it nears the viewport.
    await expect(page.getByTestId('figure-personnel')).toBeVisible();
    await page.locator('[data-chart-slot="world-total"]').scrollIntoViewIfNeeded();
    await expect(page.locator('section[data-chart="world-total"] svg[role="img"]')).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.locator('section[data-chart="world-total"] .bh-frame-description')).toContainText(
      'uniformed personnel in',
    );
    await page.locator('[data-chart-slot="largest"]').scrollIntoViewIfNeeded();
    await expect(page.locator('section[data-chart="largest"] svg[role="img"]')).toBeVisible({
      timeout: 30_000,
    });
  });

  test('the country’s trend, rank and missions now are registry charts with tables', async ({ page }) => {
    const m = manifest();
    const month = latestMonthIndex(m);
    const cells = countryCells('BGD');
    const missions = new Set<number>();
    cells.month.forEach((mi, i) => {
      if (mi === month && (cells.total[i] ?? 0) > 0) missions.add(cells.mission[i] ?? -1);
    });
    await page.goto('./#/?country=BGD');
    for (const id of ['country-trend', 'country-rank', 'country-serves']) {
      await page.locator(`[data-chart-slot="${id}"]`).scrollIntoViewIfNeeded();
      await expect(page.locator(`section[data-chart="${id}"] svg[role="img"]`)).toBeVisible({
        timeout: 30_000,
      });
    }
    await expect(page.locator('section[data-chart="country-trend"] .bh-frame-description')).toContainText(
      'Bangladesh had',
    );
    await expect(page.locator('section[data-chart="country-rank"] .bh-frame-description')).toContainText(
      'Bangladesh ranked',
    );
    const serves = page.locator('section[data-chart="country-serves"]');
    await expect(serves.locator('g[data-bar]')).toHaveCount(Math.min(15, missions.size));
    await expect(serves.getByRole('list', { name: 'What the bars show' })).toContainText('Women');
    await serves.getByRole('tab', { name: 'Table' }).click();
    await expect(serves.getByRole('table').locator('tbody tr')).toHaveCount(missions.size);
    const first = serves.getByRole('table').locator('tbody tr').first().getByRole('link');
    await expect(first).toHaveAttribute('href', /^#\/missions\?mission=[A-Z]+$/);
  });

  test('each view is introduced with a picture that links to it', async ({ page }) => {
    await page.goto('./#/?country=BTN');
    for (const view of ['deployments', 'missions', 'women', 'fatalities', 'compare', 'claims', 'sources']) {
      const link = page.getByTestId(`view-intro-${view}`).getByRole('link');
      await expect(link).toHaveAttribute('href', new RegExp(`^#/${view}`));
      await expect(link.locator('svg')).toHaveCount(1);
    }
    await expect(page.getByTestId('view-intro-deployments').getByRole('link')).toHaveAttribute(
      'href',
      '#/deployments?country=BTN',
    );
  });

  test('an unknown country in the link shows the default and says what was ignored', async ({ page }) => {
    await page.goto('./#/?country=ZZZ');
    await expect(page.getByTestId('view-notices')).toContainText('ZZZ is not a contributor');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bangladesh');
  });

  test('an unknown page says so and links back', async ({ page }) => {
    await page.goto('./#/no-such-view');
    await expect(page.getByRole('alert')).toContainText('not a page of Blue Helmets');
  });
});

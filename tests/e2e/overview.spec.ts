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
    await page.getByTestId('country-select').selectOption('BTN');
    await expect(page).toHaveURL(/country=BTN/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bhutan');
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

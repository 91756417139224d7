// The missions view in Chromium. The figures are the ones the UN reports print ("Total MINUSCA" of
// 31 July 2025, "Total UNISFA" of 31 March 2023), also pinned on the data in tests/unit/missions.
import path from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { drawEverything } from './routes.ts';

test.use({ actionTimeout: 15_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const shots = path.resolve(import.meta.dirname, '../../reports/screenshots');

const contributors = (page: import('@playwright/test').Page) =>
  page.getByRole('figure', { name: /contributors in/ });

test.describe('missions', () => {
  test('opens on MINUSCA in its latest month: 17,074 personnel, Rwanda the largest contributor', async ({
    page,
  }) => {
    await page.goto('./#/missions');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions: MINUSCA');
    const figure = contributors(page);
    await expect(figure.getByRole('heading')).toHaveText('MINUSCA: contributors in July 2025');
    await expect(figure.locator('.bh-frame-description')).toContainText('17,074 uniformed personnel');
    await expect(figure.locator('.bh-frame-description')).toContainText('Rwanda with 2,834');
    await expect(page.getByTestId('mission-facts')).toContainText('Central African Republic');
  });

  test('choosing a mission by its host and then a month updates the chart, the table and the link', async ({
    page,
  }) => {
    await page.goto('./#/missions');
    const picker = page.getByRole('combobox', { name: 'Mission' });
    await picker.fill('abyei');
    await expect(page.getByRole('listbox', { name: 'Mission' }).getByRole('option')).toHaveText([
      'UNISFA — Abyei (Sudan / South Sudan)',
    ]);
    await picker.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions: UNISFA');
    await expect(page).toHaveURL(/mission=UNISFA/);
    await page.getByTestId('mission-month').selectOption('2023-03');
    await expect(page).toHaveURL(/mission=UNISFA&month=2023-03/);
    const figure = contributors(page);
    await expect(figure.getByRole('heading')).toHaveText('UNISFA: contributors in March 2023');
    await expect(figure.locator('.bh-frame-description')).toContainText('3,088 uniformed personnel');
    await figure.getByRole('tab', { name: 'Table' }).click();
    const firstRow = figure.getByRole('table').locator('tbody tr').first();
    await expect(firstRow).toContainText('Ghana');
    await expect(firstRow).toContainText('656');
  });

  test('a link to a month without the mission’s contributors shows its latest month and says so', async ({
    page,
  }) => {
    await page.goto('./#/missions?mission=MINUSMA&month=2025-07');
    await expect(contributors(page).getByRole('heading')).toHaveText('MINUSMA: contributors in October 2024');
    await expect(
      page.getByRole('status').filter({ hasText: 'has no contributors by mission in July 2025' }),
    ).toBeVisible();
  });

  test('an unknown mission in the link falls back to MINUSCA with a notice', async ({ page }) => {
    await page.goto('./#/missions?mission=NOPE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions: MINUSCA');
    await expect(page.getByText('“NOPE” is not a mission in this dataset')).toBeVisible();
  });

  test('the page is its controls plus the registry’s five charts, in order, each a section of its own', async ({
    page,
  }) => {
    await drawEverything(page);
    await page.goto('./#/missions?mission=UNISFA&month=2023-03');
    await expect(page.locator('[data-chart-slot]')).toHaveCount(5);
    await expect(page.locator('[data-chart-slot][data-drawn="true"]')).toHaveCount(5, { timeout: 30_000 });
    const ids = await page
      .locator('section[data-chart]')
      .evaluateAll((s) => s.map((e) => e.getAttribute('data-chart')));
    expect(ids).toEqual(['contributors', 'strength', 'largest-over-time', 'women-share', 'fatalities']);
  });

  test('the embed of one chart keeps the mission and month of the link', async ({ page }) => {
    await page.goto('./#/embed/missions?mission=UNISFA&month=2023-03&chart=contributors');
    await expect(page.locator('figure')).toHaveCount(1);
    const figure = contributors(page);
    await expect(figure.getByRole('heading')).toHaveText('UNISFA: contributors in March 2023');
    await expect(figure.locator('.bh-frame-description')).toContainText('3,088 uniformed personnel');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  });

  test('a mission acronym on /deployments opens that mission’s view', async ({ page }) => {
    await drawEverything(page);
    await page.goto('./#/deployments?country=BGD');
    // The panel's heading and the chart's description both link the acronym: take the first.
    const link = page.locator('[data-chart="by-mission"] a.bh-mission-link', { hasText: /^UNMISS$/ }).first();
    await expect(link).toHaveAttribute('href', '#/missions?mission=UNMISS');
    await link.click();
    await expect(page).toHaveURL(/#\/missions\?mission=UNMISS$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions: UNMISS');
    await expect(contributors(page).getByRole('heading')).toHaveText(/^UNMISS: contributors in /);
  });

  test('the missions in fatalities by mission link to their views', async ({ page }) => {
    await drawEverything(page);
    await page.goto('./#/fatalities?country=BGD');
    const links = page.getByTestId('fatalities-mission-links').locator('a');
    await expect(links.first()).toBeVisible({ timeout: 30_000 });
    await links.filter({ hasText: /^MINUSMA$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions: MINUSMA');
  });

  for (const width of [390, 1280]) {
    test(`screenshot of /missions at ${width} px`, async ({ page }) => {
      await drawEverything(page);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#/missions');
      await expect(page.getByRole('figure', { name: /fatalities by nationality/ })).toBeVisible();
      await page.screenshot({ path: path.join(shots, `missions-${width}.png`), fullPage: true });
    });
  }
});

// "Where a country serves, in a chosen month" on /deployments, against the UN report of 31 March 2023
// (UN_country_contributions_2023_03): Bangladesh in eleven missions.
import { expect as baseExpect, test } from '@playwright/test';

test.use({ actionTimeout: 15_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test('Bangladesh in March 2023 serves in eleven missions, MONUSCO the largest with 1,839', async ({
  page,
}) => {
  await page.goto('./#/deployments?country=BGD&serving=2023-03&chart=serves');
  const section = page.locator('section[data-chart="serves"]');
  await expect(section.getByRole('heading', { level: 2 }).first()).toHaveText(
    'Bangladesh: where it serves, March 2023',
  );
  await expect(section.locator('.bh-frame-description')).toContainText('in 11 missions');
  await expect(section.locator('.bh-frame-description')).toContainText(
    'MONUSCO 1,839, MINUSMA 1,661, UNMISS 1,651, MINUSCA 1,420, UNISFA 511, UNIFIL 119 and 5 smaller.',
  );
  await section.getByRole('tab', { name: 'Table' }).click();
  const rows = section.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(11);
  await expect(rows.nth(0)).toContainText('MONUSCO');
  await expect(rows.nth(0)).toContainText('1,839');
  await expect(rows.nth(5)).toContainText('UNIFIL');
  await expect(rows.nth(5)).toContainText('119');
});

test('choosing another month updates the chart and the link', async ({ page }) => {
  await page.goto('./#/deployments?country=BGD&serving=2023-03&chart=serves');
  await page.getByTestId('serving-month').selectOption('2024-03');
  await expect(page).toHaveURL(/serving=2024-03/);
  await expect(page.locator('section[data-chart="serves"] .bh-frame-description')).toContainText(
    'In March 2024, Bangladesh had',
  );
});

test('the map of March 2023 draws one circle per mission, MONUSCO’s the largest', async ({ page }) => {
  await page.goto('./#/embed/deployments?country=BGD&serving=2023-03&chart=serves-map');
  const circles = page.locator('section[data-chart="serves-map"] circle[data-mission]');
  await expect(circles).toHaveCount(11);
  await expect(circles.first()).toHaveAttribute('data-mission', 'MONUSCO');
  await expect(page.locator('[data-mission="MONUSCO"]')).toHaveAccessibleName(
    'MONUSCO (DR Congo): 1,839 personnel',
  );
});

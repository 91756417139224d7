// "Where a country serves, in a chosen month" on /deployments, against the UN report of 31 March 2023
// (UN_country_contributions_2023_03): Bangladesh in eleven missions.
import { readFileSync } from 'node:fs';
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

test('the bars split each mission by personnel type and show its women, with a legend', async ({ page }) => {
  await page.goto('./#/deployments?country=BGD&serving=2023-03&chart=serves');
  const section = page.locator('section[data-chart="serves"]');
  const monusco = section.locator('g[data-bar="MONUSCO"]');
  await expect(monusco).toHaveAttribute('aria-label', /^MONUSCO \(.+\): 1,839 personnel \(Troops [\d,]+/);
  await expect(monusco).toHaveAttribute('aria-label', /; [\d,]+ women$/);
  // One rect per type present and the women's line under the bar.
  expect(await monusco.locator('rect').count()).toBeGreaterThanOrEqual(2);
  await expect(monusco.locator('rect[data-marker]')).toHaveCount(1);
  await expect(section.locator('g[data-bar]')).toHaveCount(11);
  const legend = section.getByRole('list', { name: 'What the bars show' });
  await expect(legend).toContainText('Troops');
  await expect(legend).toContainText('Women');
  await section.getByRole('tab', { name: 'Table' }).click();
  const headers = section.getByRole('table').locator('thead th');
  await expect(headers).toContainText(['Mission', 'Host', 'Troops']);
  await expect(headers.last()).toHaveText(/Women/);
});

test('a mission acronym on /deployments opens its mission view', async ({ page }) => {
  await page.goto('./#/deployments?country=BGD&serving=2023-03&chart=serves');
  const description = page.locator('section[data-chart="serves"] .bh-frame-description');
  const link = description.getByRole('link', { name: 'MONUSCO' });
  await expect(link).toHaveAttribute('href', '#/missions?mission=MONUSCO');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions: MONUSCO');
});

test('the serves chart is exported from its model as SVG, with its legend', async ({ page }) => {
  await page.goto('./#/deployments?country=BGD&serving=2023-03&chart=serves');
  const figure = page.locator('section[data-chart="serves"] figure').first();
  await expect(figure.locator('g[data-bar="MONUSCO"]')).toBeVisible();
  await figure.getByTestId('export-image').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByTestId('export-svg').click(),
  ]);
  const svg = readFileSync(await download.path()).toString('utf8');
  // Drawn from the model: every bar with its value and women, the type parts named in their titles.
  expect(svg).toContain('MONUSCO (DR Congo)');
  expect(svg).toContain('1,839 · 190 women');
  expect(svg).toContain('Formed police units: 180');
  expect(svg).toContain('Women, of all types');
  expect(svg).toContain('Troops');
});

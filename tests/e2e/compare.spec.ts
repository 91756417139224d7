import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { Population, YearCrossSection } from '../../src/data/schema.ts';
import { manifest, readChunk } from './datasetFixture.ts';
import { drawEverything } from './routes.ts';

// Every chart of a page, not only those near the viewport (src/ui/drawAll.ts).
test.beforeEach(async ({ page }) => {
  await drawEverything(page);
});

/**
 * Bhutan's per-capita rank in a month, worked out here from the data files with plain arithmetic
 * (independently of the app's model): contributors with at least `min` personnel, personnel per
 * million people of that year (the latest World Bank year after it), competition ranks.
 */
function expectedRank(month: string, iso3: string, min: number): { rank: number; of: number } {
  const m = manifest();
  const index = m.months.findIndex((d) => d.startsWith(month));
  const section = readChunk<YearCrossSection>(`years/${month.slice(0, 4)}.json`);
  const population = readChunk<Population>('population.json');
  const year = Math.min(Number(month.slice(0, 4)), population.lastYear);
  const personnel = new Map<string, number>();
  section.month.forEach((mi, i) => {
    if (mi === index)
      personnel.set(section.iso3[i]!, (personnel.get(section.iso3[i]!) ?? 0) + section.total[i]!);
  });
  const ratios = [...personnel]
    .filter(([, n]) => n >= min)
    .map(([code, n]) => ({ code, pop: population.values[code]?.[year - population.firstYear] ?? null, n }))
    .filter((r): r is { code: string; pop: number; n: number } => r.pop !== null && r.pop > 0)
    .map((r) => ({ code: r.code, ratio: r.n / r.pop }));
  const own = ratios.find((r) => r.code === iso3);
  if (!own) throw new Error(`${iso3} is not ranked in ${month}`);
  return { rank: 1 + ratios.filter((r) => r.ratio > own.ratio).length, of: ratios.length };
}

const atlas = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as {
  objects: { countries: { geometries: { id?: string }[] } };
};
/** Every world-atlas country shape but Antarctica, which the map leaves out. */
const SHAPES = atlas.objects.countries.geometries.filter((g) => g.id !== '010').length;

async function openTable(page: Page, title: RegExp) {
  const figure = page.getByRole('figure', { name: title });
  await figure.getByRole('tab', { name: 'Table' }).click();
  return figure;
}

async function expectNoSideScroll(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test.describe('per capita (/compare)', () => {
  test('the ranking’s table lists Bhutan at the rank the dataset gives for June 2023', async ({ page }) => {
    const { rank, of } = expectedRank('2023-06', 'BTN', 50);
    await page.goto('./#/compare?month=2023-06&v=1');
    const figure = await openTable(page, /Uniformed personnel per million people, June 2023/);
    const row = figure
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Bhutan', exact: true }) });
    await expect(row.getByRole('rowheader')).toHaveText(String(rank));
    await expect(figure.getByRole('row')).toHaveCount(of + 1);
    await expect(figure).toContainText(`Bhutan ranks ${rank} of ${of}`);
  });

  test('a higher minimum size ranks fewer countries and the link keeps it', async ({ page }) => {
    const { of } = expectedRank('2023-06', 'BTN', 200);
    await page.goto('./#/compare?month=2023-06&min=200&v=1');
    const figure = await openTable(page, /Uniformed personnel per million people, June 2023/);
    await expect(figure.getByRole('row')).toHaveCount(of + 1);
    await expect(page.getByTestId('min-input')).toHaveValue('200');
  });

  test('the map draws one shape per country', async ({ page }) => {
    await page.goto('./#/compare');
    const map = page.getByRole('figure', { name: /Personnel per million people around the world/ });
    await expect(map.locator('path.bh-map-country')).toHaveCount(SHAPES, { timeout: 20_000 });
    await expect(map.locator('path.bh-map-country[data-iso3="BTN"]')).toHaveClass(/highlighted/);
    await expect(map.locator('path.bh-map-country[data-class="no-data"]').first()).toBeVisible();
    await expect(map).toContainText('No data');
  });

  test('Bhutan’s profile starts with its first month in the data', async ({ page }) => {
    const m = manifest();
    const first = m.countries.find((c) => c.iso3 === 'BTN')!.firstMonth;
    const label = new Date(`${m.months[first]!}T00:00:00Z`).toLocaleString('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    await page.goto('./#/compare');
    const profile = page.getByRole('figure', { name: /Bhutan since it began contributing/ });
    await expect(profile.locator('figcaption')).toContainText(`monthly from ${label}`, { timeout: 20_000 });
  });

  test('an invalid minimum falls back to the default and says so', async ({ page }) => {
    await page.goto('./#/compare?min=lots');
    await expect(page.getByTestId('view-notices')).toContainText('minimum');
    await expect(page.getByTestId('min-input')).toHaveValue('50');
  });

  for (const width of [1280, 390]) {
    test(`looks right at ${width} px (screenshot, no sideways scroll)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#/compare');
      await expect(page.locator('path.bh-map-country')).toHaveCount(SHAPES, { timeout: 20_000 });
      await expect(
        page
          .getByRole('figure', { name: /Bhutan since it began contributing/ })
          .locator('svg')
          .first(),
      ).toBeVisible();
      await expectNoSideScroll(page);
      await page.screenshot({ path: `reports/screenshots/compare-${width}.png`, fullPage: true });
    });
  }
});

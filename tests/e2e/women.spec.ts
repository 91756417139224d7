// The women view in Chromium. Expected figures are read from data/ (datasetFixture.ts), never typed in.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { countryCells, formatCount, latestMonthIndex, manifest, totals } from './datasetFixture.ts';
import { drawEverything } from './routes.ts';

// Every chart of a page, not only those near the viewport (src/ui/drawAll.ts).
test.beforeEach(async ({ page }) => {
  await drawEverything(page);
});

// Charts after the first load in their own chunk once the first is on screen; on a busy machine that
// can take longer than the default five seconds.
test.use({ actionTimeout: 15_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const shots = path.resolve(import.meta.dirname, '../../reports/screenshots');
const MILITARY = ['troops', 'staff_officers', 'experts_on_mission'];

/** Women (or all personnel) of a country in one month, optionally only some personnel types. */
function sumOf(iso3: string, month: number, what: 'female' | 'total', types?: string[]): number {
  const m = manifest();
  const cells = countryCells(iso3);
  let n = 0;
  cells.month.forEach((mi, i) => {
    if (mi !== month) return;
    if (types && !types.includes(m.personnelTypes[cells.type[i] ?? -1] ?? '')) return;
    n += (what === 'female' ? cells.female[i] : cells.total[i]) ?? 0;
  });
  return n;
}

const monthOf = (key: string) => manifest().months.findIndex((m) => m.startsWith(key));
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

async function hoverMonth(page: Page, chart: Locator, tick: string) {
  const svg = chart.locator('svg[role="img"]').first();
  await svg.scrollIntoViewIfNeeded();
  const label = svg.locator('.bh-axis--bottom text', { hasText: tick }).first();
  const box = await label.boundingBox();
  const svgBox = await svg.boundingBox();
  if (!box || !svgBox) throw new Error(`no tick ${tick}`);
  await page.mouse.move(box.x + box.width / 2, svgBox.y + svgBox.height / 2);
}

test.describe('women', () => {
  test('opens on Bangladesh with the latest count and share of women', async ({ page }) => {
    const latest = latestMonthIndex(manifest());
    const women = sumOf('BGD', latest, 'female');
    const all = sumOf('BGD', latest, 'total');
    await page.goto('./#/women');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Women peacekeepers: Bangladesh');
    for (const id of ['women-share', 'women-targets', 'press-figure', 'women-ranking'])
      await expect(page.getByTestId(id)).toBeVisible();
    await expect(page.getByTestId('women-share').locator('.bh-frame-description')).toContainText(
      `Bangladesh: ${formatCount(women)} women of ${formatCount(all)} uniformed personnel`,
    );
    const t = totals();
    const worldShare = (t.world.female[latest] ?? 0) / (t.world.gendered[latest] ?? 1);
    await expect(page.getByTestId('women-share').locator('.bh-frame-description')).toContainText(
      `All UN uniformed personnel: ${percent(worldShare)} women`,
    );
  });

  test('picking a country updates the charts, the table and the link', async ({ page }) => {
    const latest = latestMonthIndex(manifest());
    const women = sumOf('NPL', latest, 'female');
    const all = sumOf('NPL', latest, 'total');
    await page.goto('./#/women');
    const picker = page.getByRole('combobox', { name: 'Country' });
    await picker.click();
    await picker.fill('nepa');
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await expect(page).toHaveURL(/country=NPL/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Women peacekeepers: Nepal');
    const share = page.getByTestId('women-share');
    await expect(share.locator('.bh-frame-description')).toContainText(
      `Nepal: ${formatCount(women)} women of ${formatCount(all)}`,
    );
    await share.getByRole('tab', { name: 'Table' }).click();
    await expect(share.locator('thead')).toContainText('Nepal: All types');
    await expect(share.locator('tbody tr').first()).toContainText(percent(women / all));
  });

  test('the tooltip reads the exact number of women in March 2023', async ({ page }) => {
    const march = monthOf('2023-03');
    await page.goto('./#/women?metric=count&range=2023-01..2023-05');
    const own = page.getByTestId('women-share').locator('.chart-pair > div').first();
    await hoverMonth(page, own, 'Mar 2023');
    const tooltip = own.locator('.bh-tooltip');
    await expect(tooltip).toContainText('March 2023');
    await expect(tooltip).toContainText(formatCount(sumOf('BGD', march, 'female')));
    await expect(tooltip).toContainText(formatCount(sumOf('BGD', march, 'female', ['troops'])));
  });

  test('the press figure: all women against military women, in words, bars and table', async ({ page }) => {
    const march = monthOf('2023-03');
    const all = sumOf('BGD', march, 'female');
    const military = sumOf('BGD', march, 'female', MILITARY);
    await page.goto('./#/women?month=2023-03');
    const press = page.getByTestId('press-figure');
    const sentence = press.getByTestId('press-sentence').first();
    await expect(sentence).toContainText(`In March 2023, Bangladesh had ${formatCount(all)} women`);
    await expect(sentence).toContainText(`${formatCount(military)} in military categories`);
    await expect(sentence).toContainText(`${formatCount(all - military)} in police`);
    await expect(press.locator('svg[role="img"]')).toContainText(`Military: ${formatCount(military)}`);
    await press.getByRole('tab', { name: 'Table' }).click();
    for (const type of [
      'troops',
      'staff_officers',
      'experts_on_mission',
      'formed_police_units',
      'individual_police',
    ]) {
      await expect(press.locator('tbody')).toContainText(formatCount(sumOf('BGD', march, 'female', [type])));
    }
  });

  test('the press figure month is shown beside the chosen month without a click', async ({ page }) => {
    await page.goto('./#/women');
    const press = page.getByTestId('press-figure');
    await expect(press.getByTestId('press-sentence')).toHaveCount(2);
    await expect(press.getByTestId('press-sentence').first()).toContainText('March 2023');
  });

  test('ranking: the minimum size and the measure are in the link; the table has the chart’s figures', async ({
    page,
  }) => {
    await page.goto('./#/women?month=2023-03');
    const ranking = page.getByTestId('women-ranking');
    const min = ranking.getByTestId('ranking-min');
    await min.fill('1000');
    await min.press('Enter');
    await expect(page).toHaveURL(/min=1000/);
    await expect(ranking.locator('.bh-frame-description')).toContainText(
      'at least 1,000 uniformed personnel in March 2023',
    );
    const bars = ranking.locator('svg[role="img"] [role="graphics-symbol"]');
    const labels = await bars.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThan(3);
    await ranking.getByRole('tab', { name: 'Table' }).click();
    for (const [i, label] of labels.slice(0, 3).entries()) {
      const [, name, value] = /^Rank \d+(?: \(tied\))?, (.+): ([\d.]+%)/.exec(label) ?? [];
      const row = ranking.locator('tbody tr').nth(i);
      await expect(row).toContainText(name ?? '?');
      await expect(row).toContainText(value ?? '?');
    }
    await ranking.getByRole('tab', { name: 'Chart' }).click();
    await ranking.getByRole('radio', { name: 'Distance to 2028 targets' }).click();
    await expect(page).toHaveURL(/by=target/);
    await expect(ranking.getByRole('heading', { level: 2 })).toContainText(
      'Distance to the 2028 gender-parity targets',
    );
    await expect(ranking.locator('svg[role="img"]')).toContainText('above target');
  });

  test('targets are drawn only for the years recorded, and the note says which are not', async ({ page }) => {
    await page.goto('./#/women');
    const targets = page.getByTestId('women-targets');
    await expect(targets.getByTestId('target-note')).toContainText('not recorded: 2018–2020, 2022–2027');
    await expect(targets.locator('[aria-label="2028 target 15%"]')).toHaveCount(1);
    await expect(targets.locator('[aria-label="2021 target 8%"]')).toHaveCount(1);
    await expect(targets.locator('.bh-frame-source')).toContainText(
      'Uniformed Gender Parity Strategy 2018–2028',
    );
  });

  for (const width of [1280, 390]) {
    test(`screenshot at ${width} px without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#/women');
      await expect(page.getByTestId('women-ranking').locator('svg[role="img"]')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, `women-${width}.png`), fullPage: true });
    });
  }
});

// The deployments view in Chromium. Expected figures are read from data/ (datasetFixture.ts), never
// typed in: the page must show what the dataset says.
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

/** Sum of a country's cells in one month, optionally of one personnel type. */
function sumOf(iso3: string, month: number, type?: string): number {
  const m = manifest();
  const cells = countryCells(iso3);
  let n = 0;
  cells.month.forEach((mi, i) => {
    if (mi !== month) return;
    if (type !== undefined && m.personnelTypes[cells.type[i] ?? -1] !== type) return;
    n += cells.total[i] ?? 0;
  });
  return n;
}

function rankIn(iso3: string, month: number): { rank: number; of: number } {
  const t = totals();
  const own = t.countries[iso3]?.total[month] ?? 0;
  const values = Object.values(t.countries)
    .map((s) => s.total[month] ?? 0)
    .filter((v) => v > 0);
  return { rank: values.filter((v) => v > own).length + 1, of: values.length };
}

const monthOf = (key: string) => manifest().months.findIndex((m) => m.startsWith(key));

/** Hover a chart at the month whose tick label reads `tick` ("Mar 2023"). */
async function hoverMonth(page: Page, chart: Locator, tick: string) {
  const svg = chart.locator('svg[role="img"]').first();
  await svg.scrollIntoViewIfNeeded();
  const label = svg.locator('.bh-axis--bottom text', { hasText: tick }).first();
  const box = await label.boundingBox();
  const svgBox = await svg.boundingBox();
  if (!box || !svgBox) throw new Error(`no tick ${tick}`);
  await page.mouse.move(box.x + box.width / 2, svgBox.y + svgBox.height / 2);
}

test.describe('deployments', () => {
  test('opens on Bangladesh with every chart and its latest figures', async ({ page }) => {
    const latest = latestMonthIndex(manifest());
    await page.goto('./#/deployments');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deployments: Bangladesh');
    for (const id of ['by-type', 'by-mission', 'rank', 'top', 'compare'])
      await expect(page.getByTestId(id)).toBeVisible();
    const { rank, of } = rankIn('BGD', latest);
    await expect(page.getByTestId('by-type').locator('.bh-frame-description')).toContainText(
      `Bangladesh: ${formatCount(sumOf('BGD', latest))} uniformed personnel in`,
    );
    await expect(page.getByTestId('by-type').locator('.bh-frame-description')).toContainText(
      `rank ${rank} of ${of} contributors`,
    );
  });

  test('picking a country by typing updates the heading, the chart, the table and the link', async ({
    page,
  }) => {
    const latest = latestMonthIndex(manifest());
    await page.goto('./#/deployments');
    const picker = page.getByRole('combobox', { name: 'Country' });
    await picker.click();
    await picker.fill('Nep');
    await expect(page.getByRole('option', { name: 'Nepal' })).toBeVisible();
    await picker.press('Enter');
    await expect(page).toHaveURL(/country=NPL/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deployments: Nepal');
    const byType = page.getByTestId('by-type');
    const total = formatCount(sumOf('NPL', latest));
    await expect(byType.locator('svg[role="img"] > title')).toHaveText('Nepal: uniformed personnel by type');
    await expect(byType.locator('.bh-frame-description')).toContainText(
      `Nepal: ${total} uniformed personnel`,
    );
    await byType.getByRole('tab', { name: 'Table' }).click();
    const firstRow = byType.locator('tbody tr').first();
    await expect(firstRow).toContainText(total);
  });

  test('the tooltip reads the exact figures of March 2023', async ({ page }) => {
    const march = monthOf('2023-03');
    await page.goto('./#/deployments?range=2023-01..2023-05');
    const byType = page.getByTestId('by-type');
    await hoverMonth(page, byType, 'Mar 2023');
    const tooltip = byType.locator('.bh-tooltip');
    await expect(tooltip).toContainText('March 2023');
    await expect(tooltip).toContainText(formatCount(sumOf('BGD', march)));
    await expect(tooltip).toContainText(formatCount(sumOf('BGD', march, 'troops')));
    await expect(tooltip).toContainText(formatCount(sumOf('BGD', march, 'formed_police_units')));

    const rank = page.getByTestId('rank');
    await hoverMonth(page, rank, 'Mar 2023');
    const { rank: r, of } = rankIn('BGD', march);
    await expect(rank.locator('.bh-tooltip')).toContainText(`rank ${r} of ${of}`);
  });

  test('the table tab lists the same figures as the chart', async ({ page }) => {
    const march = monthOf('2023-03');
    await page.goto('./#/deployments?month=2023-03');
    const top = page.getByTestId('top');
    const bars = top.locator('svg[role="img"] [role="graphics-symbol"]');
    await expect(bars.first()).toBeVisible();
    const labels = await bars.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(labels[0]).toContain(`Rank 1, Bangladesh: ${formatCount(sumOf('BGD', march))}`);
    await top.getByRole('tab', { name: 'Table' }).click();
    const rows = top.locator('tbody tr');
    for (const [i, label] of labels.slice(0, 5).entries()) {
      const [, name, value] = /^Rank \d+(?: \(tied\))?, (.+): ([\d,]+)/.exec(label) ?? [];
      await expect(rows.nth(i)).toContainText(name ?? '?');
      await expect(rows.nth(i)).toContainText(value ?? '?');
    }

    const byType = page.getByTestId('by-type');
    await byType.getByRole('tab', { name: 'Table' }).click();
    const row = byType.locator('tbody tr', { has: page.locator('th', { hasText: /^March 2023$/ }) });
    await expect(row).toContainText(formatCount(sumOf('BGD', march)));
    await expect(row).toContainText(formatCount(sumOf('BGD', march, 'troops')));
  });

  test('months without mission detail are marked, not drawn as zero', async ({ page }) => {
    await page.goto('./#/deployments');
    const missions = page.getByTestId('by-mission');
    await expect(missions.getByTestId('mission-start-note')).toContainText('no mission detail');
    await expect(missions.locator('[aria-label^="no mission detail: March 2018"]').first()).toBeAttached();
    await missions.getByRole('tab', { name: 'Table' }).click();
    const row = missions.locator('tbody tr', { has: page.locator('th', { hasText: /^June 2018$/ }) });
    await expect(row).toContainText('no mission detail');
  });

  test('the time range is in the link and moves with the keyboard', async ({ page }) => {
    await page.goto('./#/deployments');
    const from = page.getByRole('slider', { name: 'From' });
    await from.focus();
    await from.press('ArrowRight');
    await expect(page).toHaveURL(/range=1990-12\.\.2025-07/);
    await expect(from).toHaveAttribute('aria-valuetext', 'December 1990');
    await page.goto('./#/deployments?range=2010-01..2012-12');
    await expect(page.getByRole('slider', { name: 'From' })).toHaveAttribute(
      'aria-valuetext',
      'January 2010',
    );
    await expect(page.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuetext', 'December 2012');
  });

  test('compare: a log scale and shares are choices in the link', async ({ page }) => {
    await page.goto('./#/deployments');
    const compare = page.getByTestId('compare');
    // The URL is the state: a click changes the link, and the link re-renders the checked radio.
    await compare.getByRole('radio', { name: 'Log', exact: true }).click();
    await expect(page).toHaveURL(/scale=log/);
    await expect(compare.getByRole('radio', { name: 'Log', exact: true })).toBeChecked();
    await compare.getByRole('radio', { name: 'Share of all UN' }).click();
    await expect(page).toHaveURL(/metric=share/);
    await expect(compare.locator('.bh-frame-description')).toContainText(
      'share of all UN uniformed personnel',
    );
  });

  test('milestones: the first month at rank 1 comes from the data, with its report', async ({ page }) => {
    const t = totals();
    const m = manifest();
    const first = m.months.findIndex((_, i) => {
      const own = t.countries.BGD?.total[i] ?? 0;
      return own > 0 && Object.values(t.countries).every((s) => (s.total[i] ?? 0) <= own);
    });
    const info = m.monthInfo[first];
    await page.goto('./#/deployments');
    const milestones = page.getByTestId('milestones');
    const item = milestones.locator('li', { hasText: 'First month as the largest contributor' });
    await expect(item).toContainText(
      new Date(`${m.months[first]}T00:00:00Z`).toLocaleString('en-US', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
    if (info?.status === 'ok') await expect(item).toContainText(info.file);
    await expect(milestones).toContainText('UNIIMOG');
    await expect(milestones).toContainText('Armed Forces Division');
  });

  for (const width of [1280, 390]) {
    test(`screenshot at ${width} px without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#/deployments');
      await expect(page.getByTestId('compare').locator('svg[role="img"]')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, `deployments-${width}.png`), fullPage: true });
    });
  }
});

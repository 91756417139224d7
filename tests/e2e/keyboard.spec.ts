// A keyboard-only walk through the deployments view: every control is a Tab stop with a visible focus
// indicator, and the main ones work from the keyboard alone — skip link, theme switch, country picker,
// time range slider, Chart/Table tabs, table sorting, export buttons, and reading a chart point by point
// with the live region checked against the dataset itself.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { countryCells, manifest } from './datasetFixture.ts';
import { openRoute, siteRoutes, waitForSettled, drawEverything } from './routes.ts';

// Every chart of a page, not only those near the viewport (src/ui/drawAll.ts).
test.beforeEach(async ({ page }) => {
  await drawEverything(page);
});

const VIEW = '#/deployments';

interface TabStop {
  key: string;
  description: string;
  hasFocusIndicator: boolean;
  isOnScreen: boolean;
}

/** Marks every element that should be a Tab stop with data-kbd (the checked radio of a group only). */
async function markExpectedStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea, [tabindex]';
    const keys: string[] = [];
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('[hidden], [inert]')) continue;
      // The content of a closed <details> is not shown (its summary is the stop).
      const details = el.closest('details');
      if (details && !details.open && el.tagName.toLowerCase() !== 'summary' && !el.closest('summary'))
        continue;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = [
          ...document.querySelectorAll<HTMLInputElement>(
            `input[type="radio"][name="${CSS.escape(el.name)}"]`,
          ),
        ];
        const stop = group.find((r) => r.checked) ?? group[0];
        if (stop !== el) continue;
      }
      const key = el.dataset.kbd ?? `k${n++}`;
      el.dataset.kbd = key;
      keys.push(key);
    }
    return keys;
  });
}

async function currentStop(page: Page): Promise<TabStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    // The indicator may sit on the element, on the segment drawn after a hidden radio, or on its label.
    const candidates = [el, el.nextElementSibling, el.parentElement].filter(Boolean) as Element[];
    const hasFocusIndicator = candidates.some((c) => {
      const s = getComputedStyle(c);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    });
    const r = el.getBoundingClientRect();
    const isOnScreen =
      r.width > 0 &&
      r.height > 0 &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < innerHeight &&
      r.left < innerWidth;
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return {
      key: el.dataset.kbd ?? '(unmarked)',
      description: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} “${name}”`,
      hasFocusIndicator,
      isOnScreen,
    };
  });
}

/**
 * An indicator CSS cannot report (a range input's thumb outline is on a pseudo-element): compare the
 * element's pixels focused and blurred, then give focus back.
 */
async function looksFocused(page: Page, key: string): Promise<boolean> {
  const element = page.locator(`[data-kbd="${key}"]`);
  const box = await element.boundingBox();
  if (!box) return false;
  const clip = {
    x: Math.max(0, box.x - 6),
    y: Math.max(0, box.y - 6),
    width: box.width + 12,
    height: box.height + 12,
  };
  const focused = await page.screenshot({ clip });
  await element.evaluate((el) => (el as HTMLElement).blur());
  const blurred = await page.screenshot({ clip });
  await element.evaluate((el) => (el as HTMLElement).focus());
  return !focused.equals(blurred);
}

/** Presses Tab until focus leaves the page or comes back round; returns every stop on the way. */
async function tabThroughPage(page: Page, max = 400): Promise<TabStop[]> {
  const stops: TabStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await currentStop(page);
    if (!stop || (stops.length > 0 && stop.key === stops[0]?.key)) break;
    if (!stop.hasFocusIndicator) stop.hasFocusIndicator = await looksFocused(page, stop.key);
    stops.push(stop);
  }
  return stops;
}

/** Tabs from the top of the page to the end: every control is reached, visibly focused and on screen. */
async function expectEveryControlReachable(page: Page) {
  // The country field is a stand-in until the type-ahead's code has loaded (after the first chart); marking
  // the stand-in would count a control that is then replaced, so wait for the real one.
  await expect(page.locator('.bh-picker[aria-busy="true"]')).toHaveCount(0);
  const expected = await markExpectedStops(page);
  await page.locator('body').focus();
  const stops = await tabThroughPage(page);
  const reached = new Set(stops.map((s) => s.key));
  const missed = await page.evaluate(
    (keys) => keys.map((k) => document.querySelector(`[data-kbd="${k}"]`)?.outerHTML.slice(0, 100) ?? k),
    expected.filter((k) => !reached.has(k)),
  );
  expect(missed, 'controls never reached by Tab').toEqual([]);
  expect(
    stops.filter((s) => !s.hasFocusIndicator).map((s) => s.description),
    'no focus indicator',
  ).toEqual([]);
  expect(
    stops.filter((s) => !s.isOnScreen).map((s) => s.description),
    'focused but off screen',
  ).toEqual([]);
  expect(stops[0]?.description).toContain('Skip to content');
}

const monthLong = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What the dataset gives for one country, month and personnel type (null: nothing reported). */
function typeValue(iso3: string, monthIndex: number, type: string): number | null {
  const typeIndex = manifest().personnelTypes.indexOf(type as never);
  const cells = countryCells(iso3);
  let sum: number | null = null;
  cells.month.forEach((m, i) => {
    if (m === monthIndex && cells.type[i] === typeIndex) sum = (sum ?? 0) + (cells.total[i] ?? 0);
  });
  return sum;
}

async function liveText(chart: Locator): Promise<string> {
  return (await chart.locator('[aria-live="polite"]').textContent())?.trim() ?? '';
}

test('the deployments view can be used with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openRoute(page, VIEW);
  const m = manifest();

  await test.step('every control is a Tab stop, in the page, with a visible focus indicator', async () => {
    await expectEveryControlReachable(page);
  });

  await test.step('the skip link moves focus to the main content', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  await test.step('the theme switch cycles system → light → dark with the arrow keys and is remembered', async () => {
    const system = page.getByRole('radio', { name: 'System' });
    await system.focus();
    await expect(system).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.getItem('bh-theme'))).toBe('dark');
    await page.reload();
    await waitForSettled(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await page.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await page.evaluate(() => localStorage.getItem('bh-theme'))).toBeNull();
  });

  await test.step('the country picker chooses Nepal by typing, arrows and Enter', async () => {
    const picker = page.getByRole('combobox', { name: 'Country' });
    await picker.focus();
    await page.keyboard.type('Nep');
    await expect(picker).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/country=NPL/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Nepal');
    await waitForSettled(page);
  });

  await test.step('the time range slider moves by arrow keys and Reset restores it', async () => {
    const from = page.getByRole('slider', { name: 'From' });
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await expect(from).toHaveAttribute('aria-valuetext', monthLong(m.months[1]!));
    await page.keyboard.press('Home');
    await expect(from).toHaveAttribute('aria-valuetext', monthLong(m.months[0]!));
    await waitForSettled(page);
  });

  const chartFrame = page.locator('[data-testid="by-type"] figure');
  const chart = chartFrame.locator('.bh-chart').first();

  await test.step('a chart is read point by point: ← → months, ↑ ↓ series, Home/End, Escape', async () => {
    const svg = chart.locator('svg[role="img"]');
    await expect(svg).toHaveAttribute('tabindex', '0');
    await svg.focus();
    // The first key starts at the latest month; ↓ walks the layers until Troops.
    await page.keyboard.press('ArrowRight');
    const last = m.months.length - 1;
    await expect.poll(() => liveText(chart)).toMatch(new RegExp(`^${monthLong(m.months[last]!)}, `));
    for (let i = 0; i < 8 && !(await liveText(chart)).includes(', Troops: '); i++)
      await page.keyboard.press('ArrowDown');
    const expectText = (index: number) => {
      const v = typeValue('NPL', index, 'troops');
      return `${monthLong(m.months[index]!)}, Troops: ${v === null ? 'no data' : v.toLocaleString('en-US')}`;
    };
    await expect.poll(() => liveText(chart)).toBe(expectText(last));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => liveText(chart)).toBe(expectText(last - 1));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => liveText(chart)).toBe(expectText(last - 2));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => liveText(chart)).toBe(expectText(last - 1));
    await page.keyboard.press('Home');
    await expect.poll(() => liveText(chart)).toBe(expectText(0));
    await page.keyboard.press('End');
    await expect.poll(() => liveText(chart)).toBe(expectText(last));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => liveText(chart)).not.toContain(', Troops: ');
    await expect(chart.locator('.bh-tooltip')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(() => liveText(chart)).toBe('');
    await expect(chart.locator('.bh-tooltip')).toHaveCount(0);
    await expect(svg).toBeFocused();
  });

  await test.step('the Chart/Table tabs switch with the arrow keys, and the table sorts from the keyboard', async () => {
    const chartTab = chartFrame.getByRole('tab', { name: 'Chart' });
    await chartTab.focus();
    await page.keyboard.press('ArrowRight');
    const tableTab = chartFrame.getByRole('tab', { name: 'Table' });
    await expect(tableTab).toBeFocused();
    await expect(tableTab).toHaveAttribute('aria-selected', 'true');
    const table = chartFrame.locator('table');
    await expect(table).toBeVisible();
    const monthHeader = table.locator('thead th').first();
    await expect(monthHeader).toHaveAttribute('aria-sort', 'descending');
    await monthHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(monthHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.locator('tbody tr').first().locator('th')).toHaveText(monthLong(m.months[0]!));
    await tableTab.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(chartTab).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('export buttons work from the keyboard: CSV downloads, the image menu opens and closes', async () => {
    const csv = chartFrame.getByTestId('export-csv');
    await csv.focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    const image = chartFrame.getByTestId('export-image');
    await image.focus();
    await page.keyboard.press('Enter');
    await expect(image).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(chartFrame.locator('.bh-exports-choices button').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(image).toHaveAttribute('aria-expanded', 'false');
    await expect(image).toBeFocused();
  });
});

test('a stored dark theme is on <html> before the app first renders', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('bh-theme', 'dark');
    // Record data-theme at the moment React first puts anything into #root.
    new MutationObserver((_records, observer) => {
      const root = document.getElementById('root');
      if (root && root.childElementCount > 0) {
        (window as unknown as { themeAtFirstRender: string | null }).themeAtFirstRender =
          document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await openRoute(page, '#/');
  expect(
    await page.evaluate(
      () => (window as unknown as { themeAtFirstRender: string | null }).themeAtFirstRender,
    ),
  ).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');
});

// Every view: all its controls are Tab stops with visible focus; every chart, whichever component draws
// it, is an image with a title and a description, its table one step away (the frame's Table tab), and —
// when it takes keys — reads out in the live region.
test.describe('every view', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const route of siteRoutes) {
    test(`on ${route.name}, every control is a visible Tab stop and each chart is a named, described image with a table tab that reads out by keyboard`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openRoute(page, route);
      await expectEveryControlReachable(page);
      const charts = page.locator('svg[role="img"]');
      const count = await charts.count();
      const problems: string[] = [];
      for (let i = 0; i < count; i++) {
        const svg = charts.nth(i);
        const info = await svg.evaluate((el) => ({
          title: el.querySelector(':scope > title')?.textContent?.trim() ?? '',
          desc: el.querySelector(':scope > desc')?.textContent?.trim() ?? '',
          hasTableTab: [...(el.closest('figure')?.querySelectorAll('[role="tab"]') ?? [])].some(
            (t) => t.textContent?.trim() === 'Table',
          ),
          isKeyboard: el.getAttribute('tabindex') === '0',
        }));
        const label = `${route.name} chart ${i + 1} “${info.title}”`;
        if (!info.title) problems.push(`${label}: no <title>`);
        if (info.desc.length < 40)
          problems.push(`${label}: description missing or too short (“${info.desc}”)`);
        if (!info.hasTableTab) problems.push(`${label}: no Table tab in its figure`);
        if (!info.isKeyboard) continue;
        const live = svg
          .locator('xpath=ancestor::*[.//*[@aria-live="polite"]][1]')
          .locator('[aria-live="polite"]')
          .first();
        await svg.focus();
        await page.keyboard.press('End');
        await expect
          .poll(async () => (await live.textContent()) ?? '', { message: `${label}: End reads nothing` })
          .toMatch(/: /);
        const atEnd = (await live.textContent()) ?? '';
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await expect
          .poll(async () => (await live.textContent()) ?? '', { message: `${label}: ← does not move` })
          .not.toBe(atEnd);
        await page.keyboard.press('Escape');
        await expect
          .poll(async () => ((await live.textContent()) ?? '').trim(), {
            message: `${label}: Escape keeps reading`,
          })
          .toBe('');
      }
      expect(problems).toEqual([]);
    });
  }
});

// Page-level craft (issue 15, "Pages"): tab titles, one source note per page, tables that fit, the
// claims' jump list and disclosure, an embed's height from the start, a section that follows the
// selection. Each test is named for the behaviour that was broken.
import { expect, test } from '@playwright/test';
import { allRoutes, drawEverything, openRoute } from './routes.ts';

const SUFFIX = ' — Blue Helmets';

test.describe('tab titles', () => {
  test('every route has its own browser tab title', async ({ page }) => {
    const titles = new Map<string, string>();
    let previous = '';
    for (const route of allRoutes) {
      await openRoute(page, route);
      await expect(page).toHaveTitle(new RegExp(`${SUFFIX}$`));
      // The page sets its title once its data has come: wait for it to replace the previous route's
      // (a route that kept the previous title would fail here, as it should).
      await expect
        .poll(() => page.title(), { message: `${route.name} keeps the title of the route before it` })
        .not.toBe(previous);
      previous = await page.title();
      titles.set(route.name, previous);
    }
    const seen = new Map<string, string>();
    for (const [name, title] of titles) {
      expect(seen.get(title), `${name} and ${seen.get(title)} share the title “${title}”`).toBeUndefined();
      seen.set(title, name);
    }
  });

  test('a view’s title names the view and its country', async ({ page }) => {
    const cases: [string, string][] = [
      ['#/deployments?country=NPL', 'Deployments: Nepal'],
      ['#/women?country=BGD', 'Women peacekeepers: Bangladesh'],
      ['#/sources', 'Sources'],
      ['#/compare?countries=RWA,FJI', 'Per capita: Rwanda and Fiji'],
      ['#/embed/deployments?country=NPL&chart=by-type', 'Embed · Deployments: Nepal'],
      ['#/fatalities?country=FJI&present=1', 'Presenting · Fatalities: Fiji'],
      ['#/no-such-view', 'No such page'],
    ];
    for (const [hash, title] of cases) {
      await openRoute(page, hash);
      await expect(page).toHaveTitle(`${title}${SUFFIX}`);
    }
  });
});

test.describe('embeds', () => {
  test('an embed that starts off-screen reports its final height from the start', async ({ page }) => {
    const src = new URL('./#/embed/deployments?country=NPL&chart=by-type', test.info().project.use.baseURL)
      .href;
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setContent(`<!doctype html><body style="margin:0">
      <div style="height:3000px">Article text</div>
      <iframe id="embed" src="${src}" style="width:640px;height:150px;border:0"></iframe>
      <script>
        window.heights = [];
        addEventListener('message', (e) => {
          if (e.data && e.data.type === 'blue-helmets:height') window.heights.push(e.data.height);
        });
      </script></body>`);
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('figure svg').first()).toBeVisible({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    const before = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.slice());
    expect(before.length).toBeGreaterThan(0);
    const reported = before[before.length - 1]!;
    // Scrolled into view, the embed keeps the height it reported while off-screen.
    await page.locator('#embed').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    const after = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.slice());
    const final = after[after.length - 1]!;
    expect(reported).toBeGreaterThan(300);
    // The first report is already the final height: no reserved box or loading line is reported.
    expect(Math.abs(before[0]! - final), `reported ${before.join(', ')}`).toBeLessThanOrEqual(2);
    expect(
      Math.abs(final - reported),
      `reported ${before.join(', ')} then ${after.join(', ')}`,
    ).toBeLessThanOrEqual(2);
  });
});

test.describe('source notes', () => {
  for (const view of ['deployments', 'women', 'fatalities', 'compare']) {
    test(`/${view} prints one source note for the page and a one-line source under each chart`, async ({
      page,
    }) => {
      await drawEverything(page);
      await openRoute(page, `#/${view}`);
      await expect(page.locator('.page-source-note')).toHaveCount(1);
      const lines = await page.locator('main .bh-frame-source').allInnerTexts();
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(line.length, line).toBeLessThan(200);
      // The full lines (with files and months) are in the note, once each.
      const note = await page.locator('.page-source-note li').allInnerTexts();
      expect(note.length).toBeGreaterThan(0);
      expect(new Set(note).size).toBe(note.length);
    });
  }

  test('an embed keeps its chart’s full source line and has no page note', async ({ page }) => {
    await openRoute(page, '#/embed/deployments?country=NPL&chart=by-type');
    await expect(page.locator('.page-source-note')).toHaveCount(0);
    await expect(page.locator('.bh-frame-source')).toContainText('UN_country_contributions_2025_07.pdf');
  });

  test('the women press-figure paragraphs are printed once', async ({ page }) => {
    await drawEverything(page);
    await openRoute(page, '#/women?country=BGD');
    const press = page.getByTestId('press-figure');
    const sentence = (await press.getByTestId('press-sentence').first().innerText()).trim();
    const text = await page.locator('main').innerText();
    expect(text.split(sentence).length - 1).toBe(1);
    const article = 'What to Expect From the First-ever Visit';
    expect(text.split(article).length - 1).toBe(1);
  });
});

test.describe('claims', () => {
  test('the evidence toggle shows a disclosure marker that turns when opened', async ({ page }) => {
    await openRoute(page, '#/claims');
    const summary = page.locator('.claim-evidence summary').first();
    const marker = () => summary.evaluate((s) => getComputedStyle(s, '::before').content);
    expect(await marker()).toContain('▸');
    const closed = await summary.evaluate((s) => getComputedStyle(s, '::before').transform);
    // The table is built only when opened (it can be a row per month since 1990).
    await expect(page.locator('.claim-evidence').first().locator('table')).toHaveCount(0);
    await expect(summary).toContainText(/\(table, [\d,]+ rows?\)/);
    await summary.click();
    await expect(page.locator('.claim-evidence').first()).toHaveAttribute('open', '');
    await expect(page.locator('.claim-evidence').first().locator('table')).toBeVisible();
    await expect
      .poll(() => summary.evaluate((s) => getComputedStyle(s, '::before').transform))
      .not.toBe(closed);
  });

  test('the jump list links to every claim and keeps the route', async ({ page }) => {
    await openRoute(page, '#/claims');
    const cards = page.locator('article.claim');
    const links = page.locator('.claims-jump a');
    const count = await cards.count();
    expect(count).toBeGreaterThan(3);
    await expect(links).toHaveCount(count);
    const last = links.last();
    const id = await last.getAttribute('data-jump');
    await last.click();
    const card = page.getByTestId(`claim-${id}`);
    await expect(card).toBeInViewport();
    await expect(card).toBeFocused();
    expect(new URL(page.url()).hash).toBe('#/claims');
    await expect(page.locator('h1')).toHaveText('Figures in the news, checked against the data');
  });
});

test.describe('tables', () => {
  /** Tables whose box scrolls: [sideways overflow px, up-and-down overflow px] of each table's parent. */
  const overflow = (page: import('@playwright/test').Page, selector: string) =>
    page.locator(selector).evaluateAll((tables) =>
      tables.map((t) => {
        const box = t.parentElement!;
        return { x: box.scrollWidth - box.clientWidth, y: box.scrollHeight - box.clientHeight };
      }),
    );

  test('the by-type data table fits the column at 1280 px and has no scroll box of its own', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openRoute(page, '#/deployments?country=BGD');
    await page.getByTestId('by-type').getByRole('tab', { name: 'Table' }).click();
    await expect(page.getByTestId('by-type').locator('table tbody tr').first()).toBeVisible();
    for (const o of await overflow(page, '[data-testid="by-type"] table')) expect(o).toEqual({ x: 0, y: 0 });
  });

  test('the closed-missions table is not cut off in a scroll box of its own', async ({ page }) => {
    await drawEverything(page);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await openRoute(page, '#/deployments?country=BGD');
      const table = page.locator('table.dep-closures');
      await expect(table).toHaveCount(1);
      for (const o of await overflow(page, 'table.dep-closures')) expect(o).toEqual({ x: 0, y: 0 });
    }
  });

  test('the Sources tables do not scroll sideways at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await openRoute(page, '#/sources');
    const all = await overflow(page, 'main table');
    expect(all.length).toBeGreaterThan(1);
    for (const o of all) expect(o.x).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('compare', () => {
  test('the country profile on /compare follows the selection instead of staying on Bhutan', async ({
    page,
  }) => {
    await drawEverything(page);
    await openRoute(page, '#/compare?countries=RWA,FJI');
    const profile = page.getByTestId('bhutan-profile');
    await expect(profile.getByRole('heading', { level: 2 })).toContainText(
      'Rwanda since it began contributing',
    );
    expect(await profile.innerText()).not.toContain('Bhutan');
    await openRoute(page, '#/compare');
    await expect(page.getByTestId('bhutan-profile').getByRole('heading', { level: 2 })).toContainText(
      'Bhutan since it began contributing: personnel, operations and MINUSCA',
    );
  });
});

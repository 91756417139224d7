// Page-level craft (issue 15, "Pages"): tab titles, one source note per page, tables that fit, the
// claims' jump list and disclosure, an embed's height from the start, a section that follows the
// selection. Each test is named for the behaviour that was broken.
import { expect, test } from '@playwright/test';
import { allRoutes, openRoute } from './routes.ts';

const SUFFIX = ' — Blue Helmets';

test.describe('tab titles', () => {
  test('every route has its own browser tab title', async ({ page }) => {
    const titles = new Map<string, string>();
    for (const route of allRoutes) {
      await openRoute(page, route);
      await expect(page).toHaveTitle(new RegExp(`${SUFFIX}$`));
      titles.set(route.name, await page.title());
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

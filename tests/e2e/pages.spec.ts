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

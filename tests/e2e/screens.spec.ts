// Every route at phone, tablet, laptop and wide-screen widths: screenshots for people to look at
// (reports/screenshots/<route>-<width>.png, and <route>-dark-<width>.png at 390, 768 and 1280 px in the
// dark theme) and a check that nothing makes the page scroll sideways or
// sticks out past the viewport. Also forced colours, print (A4 landscape PDF), reduced motion and touch.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { allRoutes, openRoute, siteRoutes, waitForSettled, drawEverything } from './routes.ts';

// Every chart of a page, not only those near the viewport (src/ui/drawAll.ts).
test.beforeEach(async ({ page }) => {
  await drawEverything(page);
});

// Routes are independent: spread them over both workers.
test.describe.configure({ mode: 'parallel' });

const SHOT_WIDTHS = [390, 768, 1280, 1920];
/** Widths shot again in the dark theme: phone, tablet, laptop. */
const DARK_WIDTHS = [390, 768, 1280];
/** The extremes the site promises, checked for overflow without a screenshot. */
const EDGE_WIDTHS = [360, 2560];
const HEIGHT = 900;
const SHOTS = 'reports/screenshots';
const PRINT = 'reports/print';

mkdirSync(SHOTS, { recursive: true });
mkdirSync(PRINT, { recursive: true });

/**
 * Elements whose box reaches past the right edge of the viewport, other than those inside a container
 * that scrolls sideways on purpose (tables) or that are visually hidden. html and body clip overflow,
 * so scrollWidth alone would not see content cut off on a phone.
 */
async function elementsPastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls} (right ${Math.round(el.getBoundingClientRect().right)}px) “${text}”`;
    };
    const isInsideScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'auto' || ox === 'scroll') return true;
      }
      return false;
    };
    const isHidden = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return true;
      const r = el.getBoundingClientRect();
      return r.width <= 1 || r.height <= 1 || (style.position === 'absolute' && style.clip !== 'auto');
    };
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      const r = el.getBoundingClientRect();
      if (
        r.right <= limit ||
        isHidden(el) ||
        isInsideScroller(el) ||
        el.closest('.bh-visually-hidden, .visually-hidden')
      )
        continue;
      // Report the outermost offender only.
      if (
        el.parentElement &&
        el.parentElement.getBoundingClientRect().right > limit &&
        !isInsideScroller(el.parentElement)
      )
        continue;
      found.push(describe(el));
    }
    return found.slice(0, 10);
  });
}

async function expectNoSidewaysScroll(page: Page, label: string) {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(sizes.scrollWidth, `${label}: page scrolls sideways`).toBeLessThanOrEqual(sizes.innerWidth);
  expect(await elementsPastTheEdge(page), `${label}: content past the right edge`).toEqual([]);
}

test.describe('every screen', () => {
  for (const route of allRoutes) {
    test(`${route.name} fits every width from 360 to 2560 px without sideways scrolling, in the light and the dark theme`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize({ width: SHOT_WIDTHS[0] ?? 390, height: HEIGHT });
      await openRoute(page, route);
      for (const width of [...EDGE_WIDTHS, ...SHOT_WIDTHS].sort((a, b) => a - b)) {
        await page.setViewportSize({ width, height: HEIGHT });
        await waitForSettled(page);
        await expectNoSidewaysScroll(page, `${route.name} at ${width}px`);
        if (SHOT_WIDTHS.includes(width)) {
          await page.screenshot({ path: `${SHOTS}/${route.name}-${width}.png`, fullPage: true });
        }
      }
      // The same route in the dark theme (the site follows the system's scheme unless a theme is chosen).
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      for (const width of DARK_WIDTHS) {
        await page.setViewportSize({ width, height: HEIGHT });
        await waitForSettled(page);
        await expectNoSidewaysScroll(page, `${route.name} at ${width}px, dark`);
        await page.screenshot({ path: `${SHOTS}/${route.name}-dark-${width}.png`, fullPage: true });
      }
    });
  }
});

test.describe('forced colours and print', () => {
  for (const route of siteRoutes) {
    test(`${route.name} in dark and forced colours, and on A4 landscape paper with addresses and no controls`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1280, height: HEIGHT });
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await openRoute(page, route);
      await page.screenshot({ path: `${SHOTS}/${route.name}-dark-1280.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
      await waitForSettled(page);
      await page.screenshot({ path: `${SHOTS}/${route.name}-forced-colors.png`, fullPage: true });

      await page.emulateMedia({ forcedColors: 'none', media: 'print', colorScheme: 'dark' });
      await waitForSettled(page);
      const url = page.url();
      // No controls on paper (the table's sort buttons stay: they are its column headings).
      const visibleControls = await page.evaluate(() =>
        [...document.querySelectorAll('button, select, input, textarea, [role="tablist"], [role="slider"]')]
          .filter((el) => !el.classList.contains('bh-sort-button'))
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(visibleControls).toEqual([]);
      // Every figure prints the pinned address of the view under it (the view's path with every
      // parameter written out, never the raw address bar); pages without figures print it once.
      const printed =
        (await page.locator('.site-footer .print-only').textContent())?.replace(/^This view: /, '') ?? '';
      expect(printed.split('?')[0]).toBe(url.split('?')[0]);
      const figures = page.locator('figure.bh-frame');
      const figureCount = await figures.count();
      for (let i = 0; i < figureCount; i++) {
        await expect(figures.nth(i).locator('.bh-frame-permalink')).toHaveText(printed);
      }
      // Paper is white even when the screen was dark.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(255, 255, 255)');
      await page.screenshot({ path: `${SHOTS}/${route.name}-print.png`, fullPage: true });
      await page.pdf({
        path: `${PRINT}/${route.name}.pdf`,
        format: 'A4',
        landscape: true,
        printBackground: true,
      });
    });
  }
});

test('with reduced motion nothing on a chart page animates or transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const route = siteRoutes.find((r) => r.name === 'deployments') ?? siteRoutes[0]!;
  await openRoute(page, route);
  // Hovering draws the tooltip and the hover layer: they must not move either.
  await page.locator('.bh-chart-svg').first().hover();
  const moving = await page.evaluate(() => {
    const transitions = [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none';
    });
    return { animations: document.getAnimations().length, transitions: transitions.length };
  });
  expect(moving).toEqual({ animations: 0, transitions: 0 });
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('tapping a chart shows its reading, and the reading stays after the finger lifts', async ({
    page,
  }) => {
    const route = siteRoutes.find((r) => r.name === 'deployments') ?? siteRoutes[0]!;
    await openRoute(page, route);
    const chart = page.locator('.bh-chart-svg[tabindex="0"]').first();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    expect(box).not.toBeNull();
    await page.touchscreen.tap(box!.x + box!.width * 0.6, box!.y + box!.height / 2);
    const tooltip = page.locator('.bh-chart .bh-tooltip').first();
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('.bh-tooltip-heading')).toHaveText(/\b(19|20)\d\d\b/);
  });
});

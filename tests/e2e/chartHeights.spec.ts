// Drawn when seen, without a jump: each chart section waits in a box as tall as the chart will be
// (the registry's `height`, per width band). This test scrolls every view from top to bottom at a
// phone, a tablet and a laptop width (the three bands of stepHeight) with the default country, and
// checks that each section's drawn height is close to the box it waited in. When a chart changes
// shape, the failure prints the drawn heights to put in the registry.
import { expect, test, type Page } from '@playwright/test';
import { siteRoutes } from './routes.ts';

declare global {
  interface Window {
    __bhReserved?: Record<string, number>;
  }
}

// Records the first reserved height each section shows, before anything is drawn in it.
const RECORD_RESERVED = `(() => {
  const reserved = {};
  window.__bhReserved = reserved;
  const note = (el) => {
    const id = el.getAttribute('data-chart-slot');
    const h = parseFloat(el.style.minHeight);
    if (id && !(id in reserved) && Number.isFinite(h)) reserved[id] = h;
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target.hasAttribute && r.target.hasAttribute('data-chart-slot')) note(r.target);
      for (const n of r.addedNodes || []) {
        if (n.nodeType !== 1) continue;
        if (n.hasAttribute('data-chart-slot')) note(n);
        n.querySelectorAll && n.querySelectorAll('[data-chart-slot]').forEach(note);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
})();`;

/** A shift the eye barely notices: 12 % of the box, or 48 px on a short one. */
const tolerance = (reserved: number) => Math.max(48, reserved * 0.12);

async function scrollThroughSections(page: Page): Promise<{ id: string; drawn: number }[]> {
  const ids = await page
    .locator('[data-chart-slot]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-slot') ?? ''));
  for (const id of ids) {
    const slot = page.locator(`[data-chart-slot="${id}"]`);
    await slot.scrollIntoViewIfNeeded();
    await expect(slot).toHaveAttribute('data-drawn', 'true', { timeout: 20_000 });
  }
  await page.waitForTimeout(300);
  return page.locator('[data-chart-slot]').evaluateAll((els) =>
    els.map((e) => {
      // What the section itself takes: a slot beside another on a wide screen stretches to the row.
      const top = e.getBoundingClientRect().top;
      const bottom = Math.max(top, ...[...e.children].map((c) => c.getBoundingClientRect().bottom));
      return { id: e.getAttribute('data-chart-slot') ?? '', drawn: bottom - top };
    }),
  );
}

const views = siteRoutes.filter((r) => !['playlist', 'sources', 'claims'].includes(r.name));

for (const route of views) {
  test(`${route.name}: every chart is drawn in a box already about its height (390, 700 and 1280 px)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.addInitScript(RECORD_RESERVED);
    const misses: string[] = [];
    for (const width of [390, 700, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('about:blank'); // a new document each time: the record starts empty
      await page.goto(`./${route.hash}`);
      await expect(page.locator('[data-chart-slot]').first()).toBeVisible({ timeout: 20_000 });
      const drawn = await scrollThroughSections(page);
      const reserved = await page.evaluate(() => window.__bhReserved ?? {});
      for (const d of drawn) {
        const r = reserved[d.id];
        if (r === undefined) continue; // drawn before it was ever shown empty
        if (Math.abs(d.drawn - r) > tolerance(r))
          misses.push(`${d.id} at ${width} px: reserved ${Math.round(r)}, drawn ${Math.round(d.drawn)}`);
      }
    }
    expect(misses, `update the registry's height for these charts:\n${misses.join('\n')}`).toEqual([]);
  });
}

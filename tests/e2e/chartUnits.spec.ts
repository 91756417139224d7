// Every chart is a unit (src/charts/chartRegistry.ts): one loop over the registries checks, for each
// chart, its embed, its present mode at two projector sizes, its playlist entry and its image exports;
// then that a full view scrolled from top to bottom, or printed, draws every section.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { drawEverything } from './routes.ts';

// The registries, as listed in docs/URLS.md (generated from them; tests/unit/state/chartIdDocs.test.ts
// fails when the list and the registries differ).
interface Chart {
  id: string;
  label: string;
}
const docs = readFileSync(path.resolve(import.meta.dirname, '../../docs/URLS.md'), 'utf8');
const CHARTS: { view: string; chart: Chart }[] = [
  ...docs.matchAll(/^\| ([a-z]+) \| `([a-z0-9-]+)` \| ([^|]+) \|/gm),
].map((m) => ({ view: m[1]!, chart: { id: m[2]!, label: m[3]!.trim() } }));
const REGISTRIES: { view: string; charts: Chart[] }[] = [...new Set(CHARTS.map((c) => c.view))].map(
  (view) => ({ view, charts: CHARTS.filter((c) => c.view === view).map((c) => c.chart) }),
);

/** The route segment of a view: the overview is the index route (src/state/viewLinks.ts). */
const routeOf = (view: string) => (view === 'overview' ? '' : view);

test('the chart list was read from docs/URLS.md', () => {
  expect(CHARTS.length).toBeGreaterThanOrEqual(20);
});

test.use({ actionTimeout: 20_000 });

/** Waits until a page (or frame) has drawn its charts and loads nothing more. */
async function settled(page: Page) {
  await expect(page.locator('figure svg[role="img"]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 30_000 });
}

test.describe('every chart in the registry', () => {
  for (const { view, chart } of CHARTS) {
    test(`${view}/${chart.id}: its embed shows that chart alone and reports its own height`, async ({
      page,
      baseURL,
    }) => {
      // A page of this origin with the embed in an iframe that takes the height it reports.
      await page.route('**/embed-host.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><title>host</title></head><body style="margin:0">
<iframe id="embed" title="chart" src="./#/embed/${view}?chart=${chart.id}" style="border:0;width:100%;height:300px"></iframe>
<script>window.reported=[];addEventListener('message',function(e){if(e.data&&e.data.type==='blue-helmets:height'){window.reported.push(e.data.height);document.getElementById('embed').style.height=e.data.height+'px';}});</script>
</body></html>`,
        }),
      );
      await page.goto(`${baseURL}embed-host.html`);
      const frame = page.frame({ url: /#\/embed\// });
      expect(frame).not.toBeNull();
      await expect(frame!.locator('figure svg[role="img"]').first()).toBeVisible({ timeout: 30_000 });
      await expect(frame!.locator('.loading')).toHaveCount(0, { timeout: 30_000 });
      await expect(frame!.locator('figure')).toHaveCount(1);
      await expect(frame!.locator(`[data-chart="${chart.id}"]`)).toHaveCount(1);
      await page.waitForTimeout(300);
      const { reported, content } = await page.evaluate(() => {
        const iframe = document.getElementById('embed') as HTMLIFrameElement;
        const doc = iframe.contentDocument!;
        const root = doc.querySelector('.bh-embed-root')!;
        const style = getComputedStyle(doc.body);
        const bottom =
          root.getBoundingClientRect().bottom + doc.defaultView!.scrollY + parseFloat(style.marginBottom);
        const list = (window as unknown as { reported: number[] }).reported;
        return { reported: list[list.length - 1] ?? 0, content: bottom };
      });
      expect(Math.abs(reported - content)).toBeLessThanOrEqual(2);
    });

    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      test(`${view}/${chart.id}: present mode fits ${size.width}×${size.height}`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.goto(`./#/${routeOf(view)}?present=1&chart=${chart.id}`);
        await settled(page);
        await expect(page.locator('figure')).toHaveCount(1);
        await page.waitForTimeout(300);
        const outside = await page.evaluate(() => {
          const out: string[] = [];
          for (const element of document.querySelectorAll('main *')) {
            const style = getComputedStyle(element);
            if (style.visibility === 'hidden' || style.display === 'none') continue;
            if (element.closest('.bh-visually-hidden, [hidden]')) continue;
            const r = element.getBoundingClientRect();
            if (r.width <= 1 || r.height <= 1) continue;
            if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
              out.push(
                `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${Math.round(r.right)}×${Math.round(r.bottom)}`,
              );
          }
          return out;
        });
        expect(outside.slice(0, 5)).toEqual([]);
      });
    }
  }
});

test.describe('playlist entries and image exports of every chart', () => {
  test.beforeEach(async ({ page }) => {
    await drawEverything(page);
  });

  for (const registry of REGISTRIES) {
    test(`${registry.view}: each chart's playlist entry shows its title, name and picture`, async ({
      page,
    }) => {
      await page.goto(`./#/${routeOf(registry.view)}`);
      await settled(page);
      const titles: string[] = [];
      for (const chart of registry.charts) {
        const section = page.locator(`section[data-chart="${chart.id}"]`);
        titles.push((await section.locator('.bh-frame-title').textContent()) ?? '');
        await section.getByTestId('add-to-playlist').click();
        await expect(section.getByTestId('export-status')).toContainText(/Added to the playlist/);
      }
      // The pictures are made in the background.
      await expect
        .poll(
          () =>
            page.evaluate(
              () =>
                // Entries whose picture has arrived (the label is stored at once, the picture after).
                Object.values(
                  JSON.parse(localStorage.getItem('blue-helmets:playlist-thumbnails') ?? '{}') as Record<
                    string,
                    { picture?: string }
                  >,
                ).filter((look) => typeof look.picture === 'string').length,
            ),
          { timeout: 30_000 },
        )
        .toBe(registry.charts.length);
      await page.goto('./#/playlist');
      const items = page.getByTestId('playlist-items').locator('li');
      await expect(items).toHaveCount(registry.charts.length);
      for (const [i, chart] of registry.charts.entries()) {
        await expect(items.nth(i).getByTestId('playlist-item-title')).toHaveText(titles[i] ?? '');
        await expect(items.nth(i)).toContainText(chart.label);
        await expect(items.nth(i)).not.toContainText(`chart ${chart.id}`);
        await expect(items.nth(i).getByTestId('playlist-thumb')).toBeVisible();
      }
    });

    test(`${registry.view}: each chart's SVG export parses and holds its marks and legend; its slide is 1920×1080 with every text inside and none overlapping`, async ({
      page,
    }) => {
      await page.goto(`./#/${routeOf(registry.view)}`);
      await settled(page);
      for (const chart of registry.charts) {
        const figure = page.locator(`section[data-chart="${chart.id}"] figure`);
        const svg = await download(page, async () => {
          await figure.getByTestId('export-image').click();
          await figure.getByTestId('export-svg').click();
        });
        const legend = await figure.locator('.legend li').allTextContents();
        const info = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          return {
            isError: doc.querySelector('parsererror') !== null,
            marks: doc.querySelectorAll('path, rect, circle, line').length,
            texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' | '),
          };
        }, svg.toString('utf8'));
        expect(info.isError, chart.id).toBe(false);
        expect(info.marks, chart.id).toBeGreaterThan(3);
        for (const label of legend) expect(info.texts, `${chart.id} legend`).toContain(label.trim());
        const slide = await download(page, async () => {
          await figure.getByTestId('export-image').click();
          await figure.getByTestId('export-slide').click();
        });
        expect(slide.readUInt32BE(16), chart.id).toBe(1920);
        expect(slide.readUInt32BE(20), chart.id).toBe(1080);
        // The same slide as SVG: every text box and the chart inside the frame, none overlapping.
        const slideSvg = await download(page, async () => {
          await figure.getByTestId('export-image').click();
          await figure.getByTestId('export-slide-svg').click();
        });
        const boxes = await page.evaluate((text) => {
          const host = document.createElement('div');
          host.style.cssText = 'position:absolute;left:0;top:0';
          host.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
          document.body.append(host);
          const root = host.querySelector('svg')!;
          const origin = root.getBoundingClientRect();
          const result = [
            ...root.querySelectorAll(
              '#bh-slide-title, #bh-slide-subtitle, #bh-slide-chart, #bh-slide-source, #bh-slide-permalink',
            ),
          ].map((e) => {
            const r = e.getBoundingClientRect();
            return {
              id: e.id,
              x0: r.left - origin.left,
              y0: r.top - origin.top,
              x1: r.right - origin.left,
              y1: r.bottom - origin.top,
            };
          });
          host.remove();
          return { width: root.getAttribute('width'), height: root.getAttribute('height'), result };
        }, slideSvg.toString('utf8'));
        expect([boxes.width, boxes.height]).toEqual(['1920', '1080']);
        expect(boxes.result.map((b) => b.id)).toEqual(
          expect.arrayContaining([
            'bh-slide-title',
            'bh-slide-chart',
            'bh-slide-source',
            'bh-slide-permalink',
          ]),
        );
        for (const b of boxes.result) {
          expect(b.x0, `${chart.id} ${b.id}`).toBeGreaterThanOrEqual(0);
          expect(b.y0, `${chart.id} ${b.id}`).toBeGreaterThanOrEqual(0);
          expect(b.x1, `${chart.id} ${b.id}`).toBeLessThanOrEqual(1920);
          expect(b.y1, `${chart.id} ${b.id}`).toBeLessThanOrEqual(1080);
        }
        for (const [i, a] of boxes.result.entries())
          for (const b of boxes.result.slice(i + 1)) {
            const overlaps = a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
            expect(overlaps, `${chart.id}: ${a.id} overlaps ${b.id}`).toBe(false);
          }
        // The chart is drawn from its model at the slide's size, so it fills the space between the
        // headings and the source across or down (a copy of the page's drawing is never scaled up and
        // stays at its size on screen).
        const box = (id: string) => boxes.result.find((b) => b.id === id);
        const drawing = box('bh-slide-chart')!;
        const areaTop = Math.max(...['bh-slide-title', 'bh-slide-subtitle'].map((id) => box(id)?.y1 ?? 0));
        const areaHeight = (box('bh-slide-source')?.y0 ?? 1080) - areaTop - 2 * 28;
        const fill = Math.max(
          (drawing.x1 - drawing.x0) / (1920 - 2 * 80),
          (drawing.y1 - drawing.y0) / areaHeight,
        );
        // Soft: every chart of the view is still checked, and each one drawn from a copy is named.
        expect
          .soft(fill, `${chart.id}: share of the slide's chart area the chart fills`)
          .toBeGreaterThan(0.9);
      }
    });
  }
});

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await file.path());
}

test.describe('drawn when seen', () => {
  for (const registry of REGISTRIES) {
    test(`${registry.view}: only the first charts are drawn at first; scrolling to the bottom draws every section`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`./#/${routeOf(registry.view)}`);
      await settled(page);
      const slots = page.locator('[data-chart-slot]');
      await expect(slots).toHaveCount(registry.charts.length);
      const last = registry.charts[registry.charts.length - 1]!.id;
      // A chart within about a screen of the viewport is drawn at once (ChartList's NEAR): only a last
      // chart further down than that must wait (the overview's two charts are both near).
      const lastTop = await page
        .locator(`[data-chart-slot="${last}"]`)
        .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
      if (lastTop > 2 * 800)
        await expect(page.locator(`[data-chart-slot="${last}"]`)).toHaveAttribute('data-drawn', 'false');
      // Each reserved box is already about as tall as its chart.
      const reserved = await page
        .locator(`[data-chart-slot="${last}"]`)
        .evaluate((e) => e.getBoundingClientRect().height);
      expect(reserved).toBeGreaterThan(200);
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, 700);
        await page.waitForTimeout(150);
        if ((await page.locator('[data-chart-slot][data-drawn="false"]').count()) === 0) break;
      }
      await expect(page.locator('[data-chart-slot][data-drawn="false"]')).toHaveCount(0, { timeout: 30_000 });
      await expect(page.locator('section[data-chart] figure svg[role="img"]').first()).toBeVisible();
      expect(await page.locator('section[data-chart]').count()).toBe(registry.charts.length);
    });

    test(`${registry.view}: printing draws every section`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`./#/${routeOf(registry.view)}`);
      await settled(page);
      const isAnyPending = (await page.locator('[data-chart-slot][data-drawn="false"]').count()) > 0;
      test.skip(!isAnyPending, 'every chart of this view is near the top and drawn at once');
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await expect(page.locator('[data-chart-slot][data-drawn="false"]')).toHaveCount(0, { timeout: 30_000 });
      expect(await page.locator('section[data-chart] figure').count()).toBe(registry.charts.length);
    });
  }
});

test.describe('addresses', () => {
  test('the full view opened with chart= scrolls to that chart', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./#/deployments?chart=top');
    const top = page.locator('[data-chart-slot="top"]');
    await expect(top).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
    await expect.poll(() => top.evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBeLessThan(100);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  });

  test('Escape leaves present mode for the full view', async ({ page }) => {
    await page.goto('./#/fatalities?present=1&chart=by-year');
    await settled(page);
    await expect(page.getByTestId('exit-presentation')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('exit-presentation')).toHaveCount(0);
    await expect(page).toHaveURL(/#\/fatalities(\?|$)/);
    expect(page.url()).not.toContain('present=1');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  });

  test('Escape leaves the presented playlist', async ({ page }) => {
    const item = {
      route: '/fatalities',
      query: 'country=NPL',
      chart: 'by-year',
      title: 'Nepal: fatalities per year',
    };
    const list = Buffer.from(JSON.stringify({ version: 1, items: [item] })).toString('base64url');
    await page.goto(`./#/playlist?list=${list}&present=1&at=1`);
    await expect(page.getByTestId('stage')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('stage')).toHaveCount(0);
    expect(page.url()).not.toContain('present=1');
  });
});

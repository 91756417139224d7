// An embed on another site: a page on a SECOND local port (another origin) iframes the embed route
// with the resizer script from the deployment; the chart renders alone, reports its height by
// postMessage and the iframe takes it. Unknown views and charts get a sentence, not a blank frame.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

let server: Server;
let hostOrigin = '';
let appOrigin = '';

/** The embedding page: an iframe of the embed route, the resizer script, and a log of messages. */
function hostPage(embedPath: string, withResizer: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A newspaper page</title></head>
<body style="margin:0;font-family:serif">
<h1 style="font-size:20px;margin:8px">Peacekeepers, an article on another site</h1>
<iframe id="embed" src="${appOrigin}/${embedPath}" title="Blue Helmets chart" width="100%" height="300" loading="lazy" style="border:0;max-width:100%"></iframe>
<p style="margin:8px">Text after the chart.</p>
<script>
  window.reported = [];
  // Only the iframe's own reports: a spoofed message from elsewhere must not count as one.
  addEventListener('message', function (e) {
    if (e.source === document.getElementById('embed').contentWindow && e.data && e.data.type === 'blue-helmets:height') window.reported.push(e.data.height);
  });
</script>
${withResizer ? `<script src="${appOrigin}/embed-resize.js" async></script>` : ''}
</body></html>`;
}

// eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured
test.beforeAll(async ({}, testInfo) => {
  appOrigin = new URL(String(testInfo.project.use.baseURL)).origin;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const embed = url.searchParams.get('embed') ?? '#/embed/fatalities?chart=by-year';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage(embed, url.searchParams.get('resizer') !== '0'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const hostUrl = (embed: string, withResizer = true) =>
  `${hostOrigin}/?embed=${encodeURIComponent(embed)}&resizer=${withResizer ? '1' : '0'}`;

test.describe('embeds on another origin', () => {
  test('the chart renders alone in the iframe and the resizer fits the iframe to the reported height', async ({
    page,
  }) => {
    expect(hostOrigin).not.toBe(appOrigin);
    await page.goto(hostUrl('#/embed/fatalities?country=NPL&chart=by-year'));
    const frame = page.frameLocator('#embed');
    await expect(
      frame.getByRole('heading', { name: 'Nepal: fatalities per year, by type of incident' }),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expect(frame.locator('figure')).toHaveCount(1);
    await expect(frame.locator('svg[role="img"]')).toBeVisible();
    // No site chrome: no header, navigation or footer; no export buttons.
    await expect(frame.locator('header, nav, footer')).toHaveCount(0);
    await expect(frame.getByTestId('export-csv')).toHaveCount(0);
    // The source line and the link to the full view (same query without chart=, in a new tab).
    await expect(frame.locator('.bh-frame-source')).toContainText('fatalities dataset');
    const link = frame.getByRole('link', { name: 'Open the full view in Blue Helmets' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', '#/fatalities?country=NPL');
    // Printed, the embed names the full view it came from (the caption line is shown only in print).
    await expect(frame.locator('.bh-frame-permalink')).toHaveText(
      /^http:\/\/[^#]+\/#\/fatalities\?country=NPL$/,
    );

    await expect
      .poll(() => page.evaluate(() => (window as unknown as { reported: number[] }).reported.length))
      .toBeGreaterThan(0);
    const reported = await page.evaluate(() => (window as unknown as { reported: number[] }).reported);
    const last = reported[reported.length - 1] ?? 0;
    expect(last).toBeGreaterThan(300);
    await expect
      .poll(() => page.locator('#embed').evaluate((f) => (f as HTMLIFrameElement).style.height))
      .toBe(`${last}px`);
    // Fitted: the frame's document does not scroll.
    const inner = await frame
      .locator('html')
      .evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.client + 1);
  });

  test('without the resizer script the embed still works at the height it was given', async ({ page }) => {
    await page.goto(hostUrl('#/embed/deployments?country=BGD&chart=by-type', false));
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('figure svg[role="img"]').first()).toBeVisible({ timeout: 20_000 });
    expect(await page.locator('#embed').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { reported: number[] }).reported.length))
      .toBeGreaterThan(0);
  });

  test('the resizer ignores height messages that do not come from the iframe', async ({ page }) => {
    await page.goto(hostUrl('#/embed/fatalities?chart=by-year'));
    await expect(page.frameLocator('#embed').locator('figure svg[role="img"]').first()).toBeVisible({
      timeout: 20_000,
    });
    // The frame may still report a new height while its chart settles: compare with the frame's own
    // last report (window.reported), not with a height read before the spoofed message.
    const lastReported = () =>
      page.evaluate(() => {
        const reported = (window as unknown as { reported: number[] }).reported;
        return reported.length > 0 ? `${reported[reported.length - 1]}px` : '';
      });
    const height = () => page.locator('#embed').evaluate((f) => (f as HTMLIFrameElement).style.height);
    await expect.poll(lastReported).not.toBe('');
    await page.evaluate(() => window.postMessage({ type: 'blue-helmets:height', height: 9999 }, '*'));
    await page.waitForTimeout(200);
    expect(await height()).not.toBe('9999px');
    await expect.poll(async () => (await height()) === (await lastReported())).toBe(true);
  });

  test('an unknown view says so and lists the views', async ({ page }) => {
    await page.goto('./#/embed/no-such-view?chart=x');
    await expect(page.getByRole('alert')).toContainText('Blue Helmets does not have');
    await expect(page.getByRole('alert')).toContainText('fatalities');
  });

  test('an unknown chart says so instead of showing a blank frame', async ({ page }) => {
    await page.goto('./#/embed/fatalities?chart=no-such-chart');
    await expect(page.getByTestId('missing-chart')).toContainText('no chart called “no-such-chart”', {
      timeout: 20_000,
    });
    await expect(page.getByRole('link', { name: 'Open the full view in Blue Helmets' })).toBeVisible();
  });

  test('screenshots of an embed at 1280 and 390 px', async ({ page }) => {
    mkdirSync('reports/screenshots', { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(hostUrl('#/embed/deployments?country=BGD&chart=by-type'));
      const frame = page.frameLocator('#embed');
      await expect(frame.locator('figure svg[role="img"]').first()).toBeVisible({ timeout: 20_000 });
      await expect
        .poll(() => page.locator('#embed').evaluate((f) => (f as HTMLIFrameElement).style.height))
        .not.toBe('');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `reports/screenshots/embed-${width}.png`, fullPage: true });
      // Nothing wider than the phone's screen inside the frame.
      const overflow = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});

// Dev aid: downloads one chart's slide PNG (or its PNG export, the SVG export drawn at 1×) into reports/.
// Usage: npx tsx scripts/dev/slideShot.ts <view> <chart> [slide|png] [query, e.g. country=NPL]
import path from 'node:path';
import { launchChromium } from '../perf/browser.ts';
import { serveFolder } from '../perf/staticServer.ts';

const [view = 'women', chart = 'women-targets', kind = 'slide', query = ''] = process.argv.slice(2);
const server = await serveFolder(path.resolve(import.meta.dirname, '../../dist'));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
await page.addInitScript(() => {
  (window as { __BH_DRAW_ALL__?: boolean }).__BH_DRAW_ALL__ = true;
});
await page.goto(`${server.url}/#/${view}${query ? `?${query}` : ''}`);
const figure = page.locator(`section[data-chart="${chart}"] figure`);
await figure.locator('svg[role="img"]').first().waitFor({ timeout: 30_000 });
await page.waitForTimeout(2000);
await figure.getByTestId('export-image').click();
const [download] = await Promise.all([
  page.waitForEvent('download'),
  figure.getByTestId(kind === 'png' ? 'export-png' : 'export-slide').click(),
]);
const out = path.resolve(import.meta.dirname, `../../reports/${kind}-${view}-${chart}.png`);
await download.saveAs(out);
console.log(out);
await browser.close();
await server.close();

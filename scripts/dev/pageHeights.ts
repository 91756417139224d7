// Dev aid: the height of each route's page at 390 and 1280 px, once every chart is drawn (the page is
// scrolled to the bottom step by step, so charts drawn when seen are drawn). Serves dist/.
// Usage: npx tsx scripts/dev/pageHeights.ts [route …]
import path from 'node:path';
import { launchChromium } from '../perf/browser.ts';
import { serveFolder } from '../perf/staticServer.ts';

const routes = process.argv.slice(2);
const ROUTES = routes.length
  ? routes
  : ['/', '/deployments', '/women', '/fatalities', '/compare', '/claims', '/sources'];
const server = await serveFolder(path.resolve(import.meta.dirname, '../../dist'));
const browser = await launchChromium();
const rows: string[] = [];
for (const route of ROUTES) {
  const cells: string[] = [];
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}/#${route}`);
    await page.waitForSelector('main, article', { timeout: 30_000 });
    for (let i = 0; i < 60; i++) {
      await page.evaluate(() => window.scrollBy(0, window.innerHeight));
      await page.waitForTimeout(250);
      const done = await page.evaluate(
        () =>
          window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2 &&
          document.querySelector('.loading') === null,
      );
      if (done) break;
    }
    await page.waitForTimeout(500);
    cells.push(String(await page.evaluate(() => document.documentElement.scrollHeight)));
    await page.close();
  }
  rows.push(`| ${route} | ${cells.join(' | ')} |`);
}
console.log('| route | 390 px | 1280 px |\n|---|---|---|\n' + rows.join('\n'));
await browser.close();
await server.close();

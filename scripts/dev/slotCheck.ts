// Dev aid: each chart slot of a route (drawn or not, height, top) and a full-page screenshot in
// reports/. Usage: npx tsx scripts/dev/slotCheck.ts <route> <width> <drawAll 0|1>
import path from 'node:path';
import { launchChromium } from '../perf/browser.ts';
import { serveFolder } from '../perf/staticServer.ts';
const [route = '/deployments', width = '1280', drawAll = '0'] = process.argv.slice(2);
const server = await serveFolder(path.resolve(import.meta.dirname, '../../dist'));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
if (drawAll === '1')
  await page.addInitScript(() => {
    (window as unknown as { __BH_DRAW_ALL__?: boolean }).__BH_DRAW_ALL__ = true;
  });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
await page.goto(`${server.url}/#${route}`);
await page.waitForTimeout(3000);
console.log(
  await page.evaluate(() =>
    [...document.querySelectorAll('[data-chart-slot]')]
      .map(
        (e) =>
          `${e.getAttribute('data-chart-slot')} drawn=${e.getAttribute('data-drawn')} h=${Math.round(e.getBoundingClientRect().height)} top=${Math.round(e.getBoundingClientRect().top + scrollY)}`,
      )
      .join('\n'),
  ),
);
console.log('height', await page.evaluate(() => document.documentElement.scrollHeight));
await page.screenshot({
  path: path.resolve(import.meta.dirname, `../../reports/check-${route.replace(/[^a-z]/g, '')}-${width}.png`),
  fullPage: true,
});
await browser.close();
await server.close();

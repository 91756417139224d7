// Dev aid: screenshots of routes at desktop and phone widths. Usage:
//   npx tsx scripts/dev/screenshot.ts <base-url> <out-dir> <route> [<route> …]
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4173/', out = 'reports/dev', ...routes] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  for (const route of routes.length ? routes : ['/']) {
    await page.goto(`${base}#${route}`);
    await page.waitForTimeout(1500);
    const name = route.replace(/[^a-z0-9]+/gi, '_') || 'root';
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    console.log(
      `${out}/${name}-${width}.png`,
      await page.evaluate(() => document.documentElement.scrollWidth),
    );
  }
  await page.close();
}
await browser.close();

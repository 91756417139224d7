// Dev aid: a viewport-sized screenshot scrolled to a vertical offset.
//   npx tsx scripts/dev/shotClip.ts <url> <out.png> <width> <scrollY> [height]
import { chromium } from '@playwright/test';

const [url = '', out = 'reports/dev/clip.png', width = '1280', y = '0', height = '1000'] =
  process.argv.slice(2);
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
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
await page.waitForTimeout(1500);
await page.evaluate((top) => window.scrollTo(0, top), Number(y));
await page.waitForTimeout(300);
await page.screenshot({ path: out });
await browser.close();

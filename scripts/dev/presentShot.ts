// Dev aid: a screenshot of one chart in present mode. Usage: npx tsx scripts/dev/presentShot.ts <view> <chart> <w> <h>
import path from 'node:path';
import { launchChromium } from '../perf/browser.ts';
import { serveFolder } from '../perf/staticServer.ts';

const [view = 'deployments', chart = 'by-type', w = '1280', h = '720'] = process.argv.slice(2);
const server = await serveFolder(path.resolve(import.meta.dirname, '../../dist'));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(`${server.url}/#/${view}?present=1&chart=${chart}`);
await page.waitForTimeout(4000);
const out = path.resolve(import.meta.dirname, `../../reports/present-${view}-${chart}-${w}x${h}.png`);
await page.screenshot({ path: out });
console.log(out);
await browser.close();
await server.close();

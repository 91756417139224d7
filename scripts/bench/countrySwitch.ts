// Switching country: from the user's choice (Enter in the deployments view's country picker, or the
// overview's select when there is no deployments view) until the view has redrawn for the new country
// — including fetching that country's data chunk the first time. Runs on the built app (dist/).
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../../src/data/schema.ts';
import { serveFolder } from '../perf/staticServer.ts';

export interface SwitchSample {
  iso3: string;
  /** the country's chunk was already loaded in this session */
  isCached: boolean;
  ms: number;
}

export interface CountrySwitchResult {
  route: 'deployments' | 'overview';
  /** what "redrawn" means on that route */
  doneWhen: string;
  samples: SwitchSample[];
}

const SEQUENCE = ['IND', 'NPL', 'RWA', 'PAK', 'GHA', 'ETH', 'BGD', 'IND', 'NPL', 'RWA', 'PAK', 'GHA'];

declare global {
  interface Window {
    __bhSwitch?: { t0: number | null; t1: number | null; name: string; observer?: MutationObserver };
  }
}

export async function runCountrySwitch(
  browser: Browser,
  options: { dist: string; hasDeployments: boolean },
): Promise<CountrySwitchResult> {
  const manifest = JSON.parse(
    readFileSync(path.join(options.dist, 'data/manifest.json'), 'utf8'),
  ) as Manifest;
  const names = new Map(manifest.countries.map((c) => [c.iso3, c.name]));
  const server = await serveFolder(options.dist, { gzip: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Every chart of the page drawn (src/ui/drawAll.ts), as before charts were drawn when seen: the
  // switch is timed against the whole page, not only the charts near the top.
  await context.addInitScript(() => {
    (window as { __BH_DRAW_ALL__?: boolean }).__BH_DRAW_ALL__ = true;
  });
  const page = await context.newPage();
  const route = options.hasDeployments ? 'deployments' : 'overview';
  // In-page: the trigger's event time, then the first DOM state where the view shows the new country.
  const isDone =
    route === 'deployments'
      ? `[...document.querySelectorAll('main svg[role="img"] title')].some((t) => (t.textContent || '').startsWith(name + ':'))`
      : `(document.querySelector('.figures-heading')?.textContent || '').startsWith(name + ' in ')`;
  const doneWhen =
    route === 'deployments'
      ? 'the first chart svg is titled with the new country'
      : "the headline figures' heading names the new country (figures computed from its chunk)";
  try {
    await page.goto(`${server.url}#/${route === 'deployments' ? 'deployments' : ''}?country=BGD`);
    await page.waitForSelector(
      route === 'deployments' ? 'main svg[role="img"]' : '[data-testid="headline-figures"]',
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    const seen = new Set<string>(['BGD']);
    const samples: SwitchSample[] = [];
    for (const iso3 of SEQUENCE) {
      const name = names.get(iso3) ?? iso3;
      await page.evaluate(
        `(() => {
          const name = ${JSON.stringify(name)};
          const state = { t0: null, t1: null, name };
          window.__bhSwitch = state;
          const check = () => {
            if (state.t0 !== null && state.t1 === null && (${isDone})) {
              state.t1 = performance.now();
              state.observer.disconnect();
            }
          };
          state.observer = new MutationObserver(check);
          state.observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
          const mark = (e) => { if (state.t0 === null) state.t0 = e.timeStamp; };
          ${
            route === 'deployments'
              ? `const onKey = (e) => { if (e.key === 'Enter') { mark(e); window.removeEventListener('keydown', onKey, true); } };
          window.addEventListener('keydown', onKey, true);`
              : `window.addEventListener('change', mark, { capture: true, once: true });`
          }
        })()`,
      );
      if (route === 'deployments') {
        const box = page.getByRole('combobox', { name: 'Country' }).first();
        await box.click();
        await box.fill(name);
        await box.press('Enter');
      } else {
        await page.getByTestId('country-select').selectOption(iso3);
      }
      await page.waitForFunction(() => window.__bhSwitch?.t1 !== null, undefined, { timeout: 30_000 });
      const t = await page.evaluate(() => {
        const s = window.__bhSwitch;
        return s && s.t0 !== null && s.t1 !== null ? s.t1 - s.t0 : NaN;
      });
      samples.push({ iso3, isCached: seen.has(iso3), ms: t });
      seen.add(iso3);
      await page.waitForLoadState('networkidle');
    }
    return { route, doneWhen, samples };
  } finally {
    await context.close();
    await server.close();
  }
}

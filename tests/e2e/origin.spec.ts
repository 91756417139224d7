// Nothing leaves the origin, and the Content-Security-Policy holds: every request made while walking
// every route (and every view inside the embed route), opening each "Table" tab and pressing each
// export button goes to the server that served the page, and no CSP violation fires. The built
// index.html carries the policy and no inline script.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoutes, viewFolders } from './appRoutes.ts';
import { drawEverything } from './routes.ts';

// Every chart of a page, not only those near the viewport (src/ui/drawAll.ts).
test.beforeEach(async ({ page }) => {
  await drawEverything(page);
});

const ORIGIN = `http://127.0.0.1:${process.env.BH_PORT ?? 4173}`;
const dist = path.resolve(import.meta.dirname, '../../dist/index.html');

/** Collects securitypolicyviolation events from the first script on, in every document. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Waits until the view has finished loading its data (nothing says "Loading…"). */
async function settled(page: Page) {
  await expect(page.locator('main, .bh-embed-root').first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
  // Export menus arrive lazily after the charts paint: wait for their code, so each walk presses the same.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
}

/** Presses what a reader can press without leaving the page: Table tabs and every export. */
async function pressEverything(page: Page, log: string[]) {
  const tables = page.getByRole('tab', { name: 'Table' });
  for (let i = 0; i < (await tables.count()); i++) await tables.nth(i).click();
  const charts = page.getByRole('tab', { name: 'Chart' });
  for (let i = 0; i < (await charts.count()); i++) await charts.nth(i).click();

  // Export buttons of the first two charts of the view (each chart has the same set).
  const menus = page.locator('.bh-exports');
  const menuCount = Math.min(await menus.count(), 2);
  for (let m = 0; m < menuCount; m++) {
    const menu = menus.nth(m);
    for (const id of ['export-csv', 'copy-link', 'add-to-playlist']) {
      const button = menu.getByTestId(id);
      if ((await button.count()) > 0) {
        await button.click();
        log.push(id);
      }
    }
    for (const kind of ['png', 'png-2x', 'svg', 'slide']) {
      const opener = menu.getByTestId('export-image');
      if ((await opener.count()) === 0) break;
      await opener.click();
      const choice = menu.getByTestId(`export-${kind}`);
      if ((await choice.count()) === 0) continue;
      await choice.click();
      await expect(menu.getByTestId('export-status')).not.toHaveText(/Preparing/, { timeout: 15_000 });
      log.push(`export-${kind}`);
    }
    for (const id of ['export-embed', 'export-cite']) {
      const button = menu.getByTestId(id);
      if ((await button.count()) === 0) continue;
      await button.click();
      log.push(id);
      await page.keyboard.press('Escape');
    }
  }
}

test.describe('nothing leaves the origin', () => {
  test('walking every route, tab and export button requests nothing beyond the origin and breaks no CSP rule', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    page.on('download', (d) => void d.cancel().catch(() => {}));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    const violations = await watchCsp(page);

    const views = viewFolders();
    const routes = appRoutes().filter((r) => r.path !== '*');
    const paths = routes.flatMap((r) => {
      if (r.path.includes(':')) return views.map((v) => r.path.replace(/:[^/]+/, v));
      return [r.path.replace(/\/\*$/, '')];
    });
    expect(
      paths.some((p) => p.startsWith('/embed/')),
      'an embed route is walked',
    ).toBe(true);

    const pressed: string[] = [];
    const seenViolations: string[] = [];
    for (const route of paths) {
      await page.goto('about:blank');
      await page.goto(`./#${route}`);
      await settled(page);
      await pressEverything(page, pressed);
      seenViolations.push(...(await violations()).map((v) => `${route}: ${v}`));
    }
    // The walk really pressed the buttons (a silent skip would make this test pass for nothing).
    expect(pressed).toContain('export-csv');
    expect(pressed).toContain('export-png');
    expect(pressed).toContain('export-svg');

    console.log(
      `origin walk: ${paths.length} routes, ${pressed.length} export presses, ${requests.length} requests`,
    );
    const beyond = requests.filter((url) => !url.startsWith(`${ORIGIN}/`) && !/^(data|blob):/.test(url));
    expect(beyond).toEqual([]);
    expect(requests.length).toBeGreaterThan(paths.length);
    expect(seenViolations).toEqual([]);
  });

  test('the policy is enforced: an injected remote image is blocked before it leaves, and reported', async ({
    page,
  }) => {
    const answered: string[] = [];
    const blocked: string[] = [];
    page.on('response', (r) => answered.push(r.url()));
    page.on('requestfailed', (r) => blocked.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    const violations = await watchCsp(page);
    await page.goto('./#/');
    await expect(page.locator('nav[aria-label="Views"]')).toBeVisible();
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.append(img);
    });
    await expect
      .poll(violations)
      .toContainEqual(expect.stringMatching(/^img-src blocked https:\/\/example\.invalid/));
    // Chromium announces the request, then refuses to send it.
    await expect
      .poll(() => blocked)
      .toContainEqual(expect.stringMatching(/example\.invalid.* (csp|net::ERR_BLOCKED_BY_CSP)$/));
    expect(answered.filter((url) => url.includes('example.invalid'))).toEqual([]);
  });

  test('the built index.html declares a self-only policy and has no inline script', () => {
    const html = readFileSync(dist, 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'dist/index.html has a CSP meta tag').not.toBeNull();
    const policy = new Map(
      (meta?.[1] ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(value, `${name} allows only this origin (and data:/blob: images)`).toMatch(
          /^('self'|'none'|'unsafe-inline'|data:|blob:)$/,
        );
      }
      if (name !== 'style-src')
        expect(values, `${name} allows no inline code`).not.toContain("'unsafe-inline'");
    }
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes, 'every script is loaded from a file').toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
      expect(attributes).not.toMatch(/src=["']?(https?:)?\/\//);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src)=["']?(https?:)?\/\//i);
  });
});

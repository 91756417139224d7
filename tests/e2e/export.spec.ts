// Every download of a chart produces a valid file: PNG at the size of the exported SVG (and double
// at 2×), a 1920×1080 slide, an SVG that parses and holds the chart's marks with styles inlined, and
// a CSV with as many data rows as the chart's table. Plus copy link, embed code and citation.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { manifest } from './datasetFixture.ts';
import { drawEverything } from './routes.ts';

// Every chart of a page, not only those near the viewport (src/ui/drawAll.ts).
test.beforeEach(async ({ page }) => {
  await drawEverything(page);
});

// The deployments view's first chart (personnel by type) and its small multiples (by mission); the
// fatalities view's bar chart, whose legend is HTML.
const BY_TYPE = { hash: '#/deployments?country=NPL', section: 'by-type' };

/** Opens a view and returns a chart's figure, found by its section's test id or its title. */
async function openFigure(page: Page, hash: string, section: string | RegExp): Promise<Locator> {
  await page.goto(`./${hash}`);
  const figure =
    typeof section === 'string'
      ? page.getByTestId(section).locator('figure').first()
      : page.locator('figure', { has: page.getByRole('heading', { name: section }) }).first();
  await expect(figure.locator('svg[role="img"]').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
  return figure;
}

async function downloadFrom(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function imageDownload(page: Page, figure: Locator, kind: 'png' | 'png-2x' | 'svg' | 'slide') {
  return downloadFrom(page, async () => {
    await figure.getByTestId('export-image').click();
    await figure.getByTestId(`export-${kind}`).click();
  });
}

/** Parses the SVG in the page (a real XML parser) and reports what a vector editor would see. */
async function inspectSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      paths: doc.querySelectorAll('path').length,
      styledPaths: [...doc.querySelectorAll('path')].filter((p) =>
        /(fill|stroke):/.test(p.getAttribute('style') ?? ''),
      ).length,
      title: doc.getElementById('bh-export-title')?.textContent ?? '',
      source: doc.getElementById('bh-export-source')?.textContent ?? '',
      texts,
      hasUnresolved: /var\(--|currentcolor/i.test(source),
      classes: doc.querySelectorAll('[class]').length,
    };
  }, text);
}

test.describe('chart exports', () => {
  test('PNG at 1× is the size of the exported SVG, at 2× double; the SVG parses and holds the marks', async ({
    page,
  }) => {
    const figure = await openFigure(page, BY_TYPE.hash, BY_TYPE.section);
    const title = (await figure.locator('.bh-frame-title').textContent()) ?? '';
    const chartBox = await figure.locator('svg[role="img"]').first().boundingBox();

    const svg = await imageDownload(page, figure, 'svg');
    expect(svg.download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    const info = await inspectSvg(page, text);
    expect(info.parseError).toBeNull();
    expect(info.rootName).toBe('svg');
    expect(info.namespace).toBe('http://www.w3.org/2000/svg');
    expect(info.paths).toBeGreaterThan(3);
    expect(info.styledPaths).toBeGreaterThan(3);
    expect(info.hasUnresolved).toBe(false);
    expect(info.classes).toBe(0);
    expect(info.title).toBe(title);
    expect(info.source).toContain('UN');
    // Axis labels survive as text.
    expect(info.texts.some((t) => /\d/.test(t))).toBe(true);
    // The picture is at least as wide as the chart on screen.
    expect(info.width).toBeGreaterThanOrEqual(Math.floor(chartBox?.width ?? 0));

    const png = await imageDownload(page, figure, 'png');
    expect(png.download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.png$/);
    expect(pngSize(png.bytes)).toEqual({ width: info.width, height: info.height });

    const png2 = await imageDownload(page, figure, 'png-2x');
    expect(png2.download.suggestedFilename()).toMatch(/-2x\.png$/);
    expect(pngSize(png2.bytes)).toEqual({ width: info.width * 2, height: info.height * 2 });
    await expect(figure.getByTestId('export-status')).toContainText(
      `${info.width * 2}×${info.height * 2} PNG`,
    );
  });

  test('the slide is a 1920×1080 PNG', async ({ page }) => {
    const figure = await openFigure(page, BY_TYPE.hash, BY_TYPE.section);
    const slide = await imageDownload(page, figure, 'slide');
    expect(slide.download.suggestedFilename()).toMatch(/-slide\.png$/);
    expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
  });

  test('small multiples export as one picture with every panel', async ({ page }) => {
    const figure = await openFigure(page, '#/deployments?country=BGD', 'by-mission');
    const panels = await figure.locator('[role="tabpanel"]:not([hidden]) svg[role="img"]').count();
    const svg = await imageDownload(page, figure, 'svg');
    const count = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return doc.querySelectorAll('svg svg').length;
    }, svg.bytes.toString('utf8'));
    expect(panels).toBeGreaterThan(1);
    expect(count).toBe(panels);
  });

  test('an image can be exported while the table is showing, and the table comes back', async ({ page }) => {
    const figure = await openFigure(page, BY_TYPE.hash, BY_TYPE.section);
    await figure.getByRole('tab', { name: 'Table' }).click();
    const png = await imageDownload(page, figure, 'png');
    expect(pngSize(png.bytes).width).toBeGreaterThan(100);
    await expect(figure.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  });

  test('an HTML legend above a chart is drawn into the exported SVG', async ({ page }) => {
    const figure = await openFigure(page, '#/fatalities?country=BGD', /fatalities per year/);
    const legend = (await figure.locator('.legend li').allTextContents()).map((t) => t.trim());
    const svg = await imageDownload(page, figure, 'svg');
    const info = await inspectSvg(page, svg.bytes.toString('utf8'));
    expect(info.parseError).toBeNull();
    expect(legend.length).toBeGreaterThan(1);
    for (const label of legend) expect(info.texts).toContain(label);
  });

  test('the CSV has as many data rows as the chart’s table', async ({ page }) => {
    const figure = await openFigure(page, BY_TYPE.hash, BY_TYPE.section);
    await figure.getByRole('tab', { name: 'Table' }).click();
    // The table's code loads when its tab is first chosen.
    await expect(figure.locator('table tbody tr').first()).toBeVisible();
    const tableRows = await figure.locator('table tbody tr').count();
    const columns = await figure.locator('table thead th').count();
    const csv = await downloadFrom(page, () => figure.getByTestId('export-csv').click());
    expect(csv.download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.csv$/);
    const lines = csv.bytes.toString('utf8').trimEnd().split('\n');
    expect(tableRows).toBeGreaterThan(10);
    expect(lines.length - 1).toBe(tableRows);
    expect(lines[0]?.split(',').length).toBe(columns);
  });

  test('copy link puts the pinned view on the clipboard and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
    const figure = await openFigure(page, BY_TYPE.hash, BY_TYPE.section);
    await figure.getByTestId('copy-link').click();
    await expect(figure.getByTestId('export-status')).toHaveText('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(copied);
    expect(url.hash.startsWith('#/deployments?')).toBe(true);
    const params = new URLSearchParams(url.hash.split('?')[1]);
    expect(params.get('country')).toBe('NPL');
    expect(params.get('v')).toBe('1');
    // Pinned: the defaults that follow the data (the range, the ranking month) are written out.
    const months = manifest().months.map((m) => m.slice(0, 7));
    expect(params.get('range')).toBe(`${months[0]}..${months[months.length - 1]}`);
  });

  test('when the clipboard is refused, the link is shown selected in a read-only field', async ({ page }) => {
    const figure = await openFigure(page, BY_TYPE.hash, BY_TYPE.section);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      document.execCommand = () => false;
    });
    await figure.getByTestId('copy-link').click();
    const field = figure.getByRole('textbox', { name: 'Link to this view' });
    await expect(field).toBeVisible();
    await expect(field).toHaveAttribute('readonly', '');
    expect(await field.inputValue()).toContain('#/deployments?country=NPL');
    await expect(figure.getByTestId('export-status')).toContainText('Ctrl+C');
  });

  test('the embed dialog gives an iframe with title, lazy loading, full width and the resizer script', async ({
    page,
  }) => {
    const figure = await openFigure(page, BY_TYPE.hash, BY_TYPE.section);
    await figure.getByTestId('export-embed').click();
    const dialog = page.getByTestId('embed-dialog');
    await expect(dialog).toBeVisible();
    const code = await dialog.getByTestId('embed-code').inputValue();
    expect(code).toMatch(
      /<iframe src="http:\/\/127\.0\.0\.1:\d+\/#\/embed\/deployments\?country=NPL[^"]*" title="[^"]+\(Blue Helmets\)"/,
    );
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('width="100%"');
    expect(code).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed-resize\.js" async><\/script>/);
    await dialog.getByRole('checkbox').uncheck();
    expect(await dialog.getByTestId('embed-code').inputValue()).not.toContain('<script');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(figure.getByTestId('export-embed')).toBeFocused();
  });

  test('the citation names the dataset version, the permalink and a fixed access date', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-03-04T10:00:00'));
    const figure = await openFigure(page, BY_TYPE.hash, BY_TYPE.section);
    await figure.getByTestId('export-cite').click();
    const dialog = page.getByTestId('cite-dialog');
    const version = manifest().version;
    await expect(dialog.getByTestId('cite-apa')).toContainText(`dataset version ${version}`);
    await expect(dialog.getByTestId('cite-apa')).toContainText(
      'Retrieved March 4, 2027, from http://127.0.0.1',
    );
    await expect(dialog.getByTestId('cite-chicago')).toContainText('Accessed March 4, 2027.');
    await expect(dialog.getByTestId('cite-chicago')).toContainText('#/deployments?country=NPL');
  });
});

// Chart craft in Chromium (issue 15): what a careful reader notices at phone and laptop widths.
import { expect, test } from '@playwright/test';
import { drawEverything } from './routes.ts';

test.use({ actionTimeout: 15_000 });

test('Bhutan opens on its own years, not on 25 empty ones, and the range can still be widened', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./#/deployments?country=BTN');
  await expect(page.getByTestId('by-type')).toContainText('January 2014 – July 2025');
  await page.goto('./#/deployments?country=BTN&range=1990-11..2025-07');
  await expect(page.getByTestId('by-type')).toContainText('November 1990 – July 2025');
});

/** The names at the right end of a chart's lines or layers, a wrapped name's lines joined. */
async function endLabelNames(section: import('@playwright/test').Locator): Promise<string[]> {
  return section
    .locator('.bh-end-labels text')
    .evaluateAll((texts) => texts.map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

for (const width of [1280, 390]) {
  test(`personnel by type names each type once at ${width} px: at its end, or in the legend if it has no end label`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // The whole range: "Police (not split)" stops in 2009, so it has no end label and is keyed below.
    await page.goto('./#/deployments?country=BGD&range=1990-11..2025-07');
    const section = page.getByTestId('by-type');
    await expect(section.locator('.bh-end-labels text').first()).toBeVisible({ timeout: 15_000 });
    const labelled = await endLabelNames(section);
    const keyed = await section.locator('.legend li').allTextContents();
    expect(labelled.length).toBeGreaterThan(0);
    expect(keyed).toContain('Police (not split)');
    // Each name once: never at a line end and in the legend too.
    expect(keyed.filter((k) => labelled.includes(k))).toEqual([]);
    expect(labelled).not.toContain('Police (not split)');
  });
}

test('personnel by type names its layers in full at 390 px: no end label cut short ("Staff officers (from 201…")', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('./#/deployments?country=BGD&range=2018-01..2025-07');
  const section = page.getByTestId('by-type');
  await expect(section.locator('.bh-end-labels text').first()).toBeVisible({ timeout: 15_000 });
  // A wrapped name is drawn as one <tspan> per line: join the lines with a space.
  const labelled = await section.locator('.bh-end-labels text').evaluateAll((texts) =>
    texts.map((t) => {
      const lines = [...t.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
      return (lines.length > 0 ? lines.join(' ') : (t.textContent ?? '')).replace(/\s+/g, ' ').trim();
    }),
  );
  expect(labelled).toContain('Staff officers');
  expect(labelled.filter((name) => name.includes('…'))).toEqual([]);
});

test('personnel by type has no legend when every type in the range is named at its end', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./#/deployments?country=BGD&range=2018-01..2025-07');
  const section = page.getByTestId('by-type');
  await expect(section.locator('.bh-end-labels text').first()).toBeVisible({ timeout: 15_000 });
  await expect(section.locator('.legend')).toHaveCount(0);
  // Not reported after 2009: neither an end label nor a legend entry.
  expect(await endLabelNames(section)).not.toContain('Police (not split)');
});

for (const { route, id } of [
  { route: './#/women?country=BGD', id: 'women-share' },
  { route: './#/fatalities?country=BGD', id: 'rate' },
]) {
  test(`${id} draws small panels of at most two lines on one scale at 390 px, not six crossing lines`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    // Every chart of the page, not only those near the viewport (the rate chart is far down).
    await drawEverything(page);
    await page.goto(route);
    const section = page.getByTestId(id);
    await section.scrollIntoViewIfNeeded();
    const svgs = section.locator('svg.bh-chart-svg');
    await expect(svgs.first()).toBeVisible({ timeout: 20_000 });
    const lines = await svgs.evaluateAll((list) =>
      list.map((svg) => svg.querySelectorAll('.bh-line').length),
    );
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...lines)).toBeLessThanOrEqual(2);
    // One scale: every panel's top tick is the same.
    const tops = await svgs.evaluateAll((list) =>
      list.map((svg) => {
        const ticks = [...svg.querySelectorAll('.bh-axis--left text')].map((t) => t.textContent ?? '');
        return ticks[ticks.length - 1] ?? '';
      }),
    );
    expect(new Set(tops).size).toBe(1);
    // Every panel fits the phone's width.
    const widest = await svgs.evaluateAll((list) =>
      Math.max(...list.map((svg) => svg.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(390);
  });
}

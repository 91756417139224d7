// Chart craft in Chromium (issue 15): what a careful reader notices at phone and laptop widths.
import { expect, test } from '@playwright/test';

test.use({ actionTimeout: 15_000 });

for (const { width, isLegendShown } of [
  { width: 1280, isLegendShown: false },
  { width: 390, isLegendShown: true },
]) {
  test(`personnel by type says each type once at ${width} px: ${isLegendShown ? 'abbreviated end labels and a legend spelling them out' : 'end labels, no legend repeating them'}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./#/deployments?country=BGD');
    const section = page.getByTestId('by-type');
    await expect(section.locator('.bh-end-labels text').first()).toBeVisible({ timeout: 15_000 });
    const legend = section.getByRole('list', { name: 'Personnel types' });
    // Still there for screen readers (the end labels are aria-hidden), visible or not.
    await expect(legend).toHaveCount(1);
    const box = await legend.boundingBox();
    expect((box?.width ?? 0) > 1).toBe(isLegendShown);
  });
}

test('Bhutan opens on its own years, not on 25 empty ones, and the range can still be widened', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./#/deployments?country=BTN');
  await expect(page.getByTestId('by-type')).toContainText('January 2014 – July 2025');
  await page.goto('./#/deployments?country=BTN&range=1990-11..2025-07');
  await expect(page.getByTestId('by-type')).toContainText('November 1990 – July 2025');
});

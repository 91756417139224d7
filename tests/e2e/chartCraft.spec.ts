// Chart craft in Chromium (issue 15): what a careful reader notices at phone and laptop widths.
import { expect, test } from '@playwright/test';

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

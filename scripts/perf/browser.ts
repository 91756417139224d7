// Debian's Chromium through Playwright, with the same flags as the browser tests.
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import config from '../../playwright.config.ts';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS: string[] = config.use?.launchOptions?.args ?? [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = (): boolean => existsSync(CHROME_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

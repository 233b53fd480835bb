import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Skips only on a developer machine without Chromium; in CI a missing browser must fail the run. */
export function browserSkipReason(): string | undefined {
  if (existsSync(chromiumPath) || process.env.CI) return undefined;
  return `browser tests skipped: ${chromiumPath} not found (apt-get install -y chromium); they always run when CI is set`;
}

export interface BrowserSession {
  browser: Browser;
  close: () => Promise<void>;
}

/** Playwright starts Chromium with its own fresh temporary profile (it refuses a --user-data-dir here) and removes it on close. */
export async function launchBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export const officeScreen = { width: 1366, height: 768 };
export const phoneScreen = { width: 390, height: 844 };

/** A fresh context (own cookies) per user, so one test's session never leaks into another's. */
export async function openPage(browser: Browser, baseUrl: string, viewport = officeScreen): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'it-IT' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

const screenshotDir = 'docs/screenshots';

/** Saves a screenshot when PRIMA_SCREENSHOTS is set (npm run docs:screenshots); otherwise does nothing. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.PRIMA_SCREENSHOTS) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

import type { Browser } from 'playwright-core';
import { browserSkipReason, launchBrowser, type BrowserSession } from './browser.js';
import { startWebService, type RunningService } from './web-server.js';

export interface WebAppFixture {
  baseUrl: () => string;
  browser: () => Browser;
}

/** Registers before/after hooks in the calling describe: the service on loopback and one Chromium for the block. */
export function useWebApp(): WebAppFixture {
  let service: RunningService | undefined;
  let session: BrowserSession | undefined;
  before(async function () {
    this.timeout(60_000);
    const reason = browserSkipReason();
    if (reason) {
      console.warn(reason);
      this.skip();
    }
    service = await startWebService();
    session = await launchBrowser();
  });
  after(async () => {
    await session?.close();
    await service?.stop();
  });
  return {
    baseUrl: () => service!.baseUrl,
    browser: () => session!.browser,
  };
}

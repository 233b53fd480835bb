/// <reference lib="dom" />
// Callbacks passed to page.evaluate run inside the browser, so these files see DOM types.
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchBrowser, openPage, screenshot, type BrowserSession } from './support/browser.js';
import { startWebService, type RunningService } from './support/web-server.js';
import { expectNoSeriousViolations, outcomeOf, signIn, visit, waitForApp } from './support/pages.js';

describe('web app for employment-centre staff (Chromium)', function () {
  this.timeout(60_000);
  let service: RunningService;
  let session: BrowserSession;
  let browser: Browser;

  before(async function () {
    const reason = browserSkipReason();
    if (reason) {
      console.warn(reason);
      this.skip();
    }
    service = await startWebService();
    session = await launchBrowser();
    browser = session.browser;
  });

  after(async () => {
    await session?.close();
    await service?.stop();
  });

  it('when a staff member signs in with a wrong password, then the form says so in Italian and keeps focus on the password', async () => {
    const { context, page } = await openPage(browser, service.baseUrl);
    await page.goto('/');
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('it');
    await page.getByLabel('Email').fill('staff.torino@demo.prima');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).to.contain('Email o password non corrette');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('login-password');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'login');
    await context.close();
  });

  it('when staff sign in, then they land on their centre\'s candidate list, limited to their scope', async () => {
    const { context, page } = await openPage(browser, service.baseUrl);
    await signIn(page, 'staff.torino@demo.prima');
    await visit(page, '#/candidates');
    expect(await page.locator('h1').textContent()).to.equal('Candidati');
    expect(await page.locator('.scope-note').textContent()).to.contain('cpi-torino');
    expect(await page.locator('#nav a').allTextContents()).to.deep.equal(['Candidati', 'Offerte di lavoro']);
    const outcome = await outcomeOf(page, '#candidate-results table, #candidate-results .empty');
    expect(outcome).to.be.oneOf(['real', 'not-available']);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'candidates');
    await context.close();
  });
});
